import { describe, expect, it, vi } from 'vitest';
import { computeDashboard } from '../domain/dashboard/dashboard';
import { requestPredicate } from '../domain/dashboard/dashboard-request';
import { unpackCardIds } from '../domain/dashboard/packed-card-ids';
import { defaultColumnId } from '../domain/default-columns';
import { type BoardFilter, emptyFilter } from '../domain/find/board-filter';
import { readHistory as readJournalHistory } from '../repositories/journal-history';
import { keepCopy, movedBoard, request, TODAY } from '../testing/dashboard-worker-board';
import { dashboardHandler, type KeepCopy } from './dashboard-handler';

/** A text search: the figures count the cards the board showed for it (`shownIds`). */
const onlyQuery = (query: string): BoardFilter => ({ ...emptyFilter(), query });

describe('the dashboard worker', () => {
  it('reads the journal itself with each new board, and computes what the page would', async () => {
    const { board, card, source, readHistory } = await movedBoard();
    const handle = dashboardHandler(readHistory, keepCopy);
    const packed = await handle(request(board.boardId, 1, { source }));
    if (packed === null) throw new Error('no figures');
    const ids = source.cards.map((one) => one.id);
    const journal = (await readJournalHistory(board.db, board.boardId)).entries;
    const expected = computeDashboard({ ...source, journal, today: TODAY }, { unit: 'month' });
    expect(unpackCardIds(packed, ids)).toEqual({ ...expected, flowToken: 1 });
    // The move is in the history the figures were drawn from.
    expect(expected.implementedPerQuarter.at(-1)?.implemented.cardIds).toContain(card.id);

    // A new filter or date: the journal read is kept.
    await handle(request(board.boardId, 1, { since: '2026-01-01' }));
    expect(readHistory).toHaveBeenCalledTimes(1);
    // A new read of the board: its journal is read again.
    await handle(request(board.boardId, 2, { source }));
    expect(readHistory).toHaveBeenCalledTimes(2);
    expect(readHistory).toHaveBeenLastCalledWith(board.boardId);
  });

  it('holds the cards it was sent: a new read sends only those that changed', async () => {
    const { board, source, readHistory } = await movedBoard();
    const handle = dashboardHandler(readHistory, keepCopy);
    const [first, ...rest] = source.cards;
    if (!first) throw new Error('no card');
    // Sent ahead in two parts, as the page does while idle.
    expect(await handle({ cards: rest.slice(0, 3) })).toBeNull();
    await handle({ cards: rest.slice(3) });
    const moved = { ...first, columnId: defaultColumnId('triage') };
    const cards = [moved, ...rest];
    const { cards: _all, ...board1 } = source;
    const update = { ...board1, cardIds: cards.map((card) => card.id), changedCards: [moved] };
    const packed = await handle({ ...request(board.boardId, 1), source: update });
    if (packed === null) throw new Error('no figures');
    const journal = (await readJournalHistory(board.db, board.boardId)).entries;
    const whole = { ...source, cards, journal, today: TODAY };
    expect(unpackCardIds(packed, update.cardIds)).toEqual({
      ...computeDashboard(whole, { unit: 'month' }),
      flowToken: 1,
    });

    // A card it was never sent, and not sent now: refused, not counted wrong.
    const missing = { ...update, cardIds: [...update.cardIds, 'never-sent'], changedCards: [] };
    await expect(handle({ ...request(board.boardId, 2), source: missing })).rejects.toThrow(
      /never sent card never-sent/,
    );
  });

  it('counts for a filter and a date exactly what the page would, asked of each card once', async () => {
    const { board, card, source, readHistory } = await movedBoard();
    const handle = dashboardHandler(readHistory, keepCopy);
    await handle(request(board.boardId, 1, { source }));
    const stage = source.cards.find((one) => one.stageIds.length > 0)?.stageIds[0];
    if (stage === undefined) throw new Error('no card with a stage');
    const asked = request(board.boardId, 1, {
      filter: { ...emptyFilter(), stageIds: [stage] },
      since: '2026-01-01',
    });
    const journal = (await readJournalHistory(board.db, board.boardId)).entries;
    const include = requestPredicate(source, asked);
    const expected = computeDashboard(
      { ...source, journal, today: TODAY },
      { unit: 'month', since: '2026-01-01', ...(include ? { include } : {}) },
    );
    const ids = source.cards.map((one) => one.id);
    expect(unpackCardIds(await handle(asked), ids)).toEqual({ ...expected, flowToken: 2 });
    // The filter narrowed: the moved card has no stage, so it is not counted.
    expect(expected.counted.count).toBeGreaterThan(0);
    expect(expected.counted.count).toBeLessThan(source.cards.length);
    expect(expected.counted.cardIds).not.toContain(card.id);
  });

  it('answers the cards behind a number of the flow it last answered, and only of that one', async () => {
    const { board, card, source, readHistory } = await movedBoard();
    const handle = dashboardHandler(readHistory, keepCopy);
    const ids = source.cards.map((one) => one.id);
    const figures = unpackCardIds(await handle(request(board.boardId, 1, { source })), ids);
    const last = figures.flow.periods.length - 1;
    const column = defaultColumnId('implemented');
    const index = figures.flow.columnIds.indexOf(column);
    const cell = { flowToken: figures.flowToken, periodIndex: last, columnId: column };
    const cards = unpackCardIds(await handle({ flowCell: cell }), ids);
    expect(cards.cardIds).toContain(card.id);
    expect(cards.count).toBe(figures.flow.periods[last]?.counts[index]);

    // Figures for a filter that lets only the moved card through: their cells count it alone.
    const filtered = unpackCardIds(
      await handle(request(board.boardId, 1, { shownIds: [card.id], filter: onlyQuery('plan') })),
      ids,
    );
    const narrow = { ...cell, flowToken: filtered.flowToken };
    expect(unpackCardIds(await handle({ flowCell: narrow }), ids).cardIds).toEqual([card.id]);
    // A cell of the figures before: refused, as what is on screen is not what it counted.
    await expect(handle({ flowCell: cell })).rejects.toThrow(/new figures since/);
  });

  it('takes the journal read ahead for the same board, and reads again for another', async () => {
    const { board, source, readHistory } = await movedBoard();
    const handle = dashboardHandler(readHistory, keepCopy);
    expect(await handle({ readAhead: board.boardId })).toBeNull();
    expect(readHistory).toHaveBeenCalledTimes(1);
    const packed = await handle(request(board.boardId, 1, { source }));
    expect(packed).not.toBeNull();
    expect(readHistory).toHaveBeenCalledTimes(1);

    // Read ahead for another board: the board that arrives reads its own journal.
    await handle({ readAhead: 'another board' });
    await handle(request(board.boardId, 2, { source }));
    expect(readHistory).toHaveBeenCalledTimes(3);
    expect(readHistory).toHaveBeenLastCalledWith(board.boardId);
  });

  it('reads the journal once to warm up, keeps its copy, and nothing of it for the figures', async () => {
    const { board, card, source, readHistory } = await movedBoard();
    const kept = vi.fn<KeepCopy>(keepCopy);
    const handle = dashboardHandler(readHistory, kept);
    expect(await handle({ warm: board.boardId })).toBeNull();
    expect(readHistory).toHaveBeenCalledTimes(1);
    expect(kept).toHaveBeenCalledTimes(1);
    expect(kept.mock.calls[0]?.[0]).toMatchObject({ boardId: board.boardId });

    // A move after the warm-up: the figures read the journal again, and count it.
    await board.repositories.recommendations.update(card.id, {
      columnId: defaultColumnId('accepted'),
    });
    const packed = await handle(request(board.boardId, 1, { source }));
    expect(readHistory).toHaveBeenCalledTimes(2);
    if (packed === null) throw new Error('no figures');
    const journal = (await readJournalHistory(board.db, board.boardId)).entries;
    const expected = computeDashboard({ ...source, journal, today: TODAY }, { unit: 'month' });
    expect(
      unpackCardIds(
        packed,
        source.cards.map((one) => one.id),
      ),
    ).toEqual({ ...expected, flowToken: 1 });
  });

  it('keeps the copy its read made once the figures are answered, once per read', async () => {
    const { board, source, readHistory } = await movedBoard();
    const kept = vi.fn<KeepCopy>(keepCopy);
    const handle = dashboardHandler(readHistory, kept);
    await handle(request(board.boardId, 1, { source }));
    expect(kept).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(kept).toHaveBeenCalledTimes(1);
    const { entries } = await readJournalHistory(board.db, board.boardId);
    expect(kept.mock.calls[0]?.[0]).toMatchObject({ count: entries.length });

    await handle(request(board.boardId, 1, { since: '2026-01-01' }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(kept).toHaveBeenCalledTimes(1);
  });

  it('reports a failed read ahead with the figures that needed it, and only then', async () => {
    const { board, source } = await movedBoard();
    const handle = dashboardHandler(() => Promise.reject(new Error('storage blocked')), keepCopy);
    expect(await handle({ readAhead: board.boardId })).toBeNull();
    await expect(handle(request(board.boardId, 1, { source }))).rejects.toThrow('storage blocked');
  });

  it('refuses a request for a board version it was not sent', async () => {
    const { board, source, readHistory } = await movedBoard();
    const handle = dashboardHandler(readHistory, keepCopy);
    await expect(handle(request(board.boardId, 1))).rejects.toThrow(/another version/);
    await handle(request(board.boardId, 1, { source }));
    await expect(handle(request(board.boardId, 2))).rejects.toThrow(/another version/);
  });

  it('says so when the journal cannot be read', async () => {
    const { board, source } = await movedBoard();
    const handle = dashboardHandler(() => Promise.reject(new Error('storage blocked')), keepCopy);
    await expect(handle(request(board.boardId, 1, { source }))).rejects.toThrow('storage blocked');
  });
});
