import { describe, expect, it, vi } from 'vitest';
import { cardHistory } from '../domain/dashboard/card-history';
import { computeDashboard } from '../domain/dashboard/dashboard';
import {
  type DashboardRequest,
  type DashboardSource,
  requestPredicate,
  wholeSourceUpdate,
} from '../domain/dashboard/dashboard-request';
import { unpackCardIds } from '../domain/dashboard/packed-card-ids';
import { defaultColumnId } from '../domain/default-columns';
import { type BoardFilter, emptyFilter } from '../domain/find/board-filter';
import {
  heldHistoryReader,
  readHistory as readJournalHistory,
} from '../repositories/journal-history';
import { createTestBoard } from '../testing/test-database';
import { dashboardHandler, type KeepCopy } from './dashboard-handler';

// cardHistory as it is, watched: which cards each making of histories was for.
vi.mock('../domain/dashboard/card-history', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../domain/dashboard/card-history')>();
  return { ...actual, cardHistory: vi.fn(actual.cardHistory) };
});
const historiesMade = vi.mocked(cardHistory);

const TODAY = '2026-11-30';
/** A text search: the figures count the cards the board showed for it (`shownIds`). */
const onlyQuery = (query: string): BoardFilter => ({ ...emptyFilter(), query });
/** Copies of the digest are not these tests' subject: none is kept. */
const keepCopy: KeepCopy = async () => {};

async function movedBoard() {
  const board = await createTestBoard();
  const { recommendations, columns, workshops, actionItems } = board.repositories;
  const card = await recommendations.create(board.boardId, {
    text: 'A comprehensive action plan for reintegration should be in place',
    columnId: defaultColumnId('accepted'),
  });
  await recommendations.update(card.id, { columnId: defaultColumnId('implemented') });
  const { onBoard, archived } = await recommendations.listOnBoardAndArchived(board.boardId);
  const source: DashboardSource = {
    cards: [...onBoard, ...archived],
    columns: await columns.list(board.boardId),
    workshops: await workshops.list(board.boardId),
    actionItemCounts: new Map(
      [...(await actionItems.progressByCard(board.boardId))].map(([id, { total }]) => [id, total]),
    ),
  };
  const readHistory = vi.fn((boardId: string) => readJournalHistory(board.db, boardId));
  return { board, card, source, readHistory };
}

/** A request for figures; a `source` given travels whole, as to a worker that holds no card. */
function request(
  boardId: string,
  sourceVersion: number,
  {
    source,
    ...fields
  }: Partial<Omit<DashboardRequest, 'source'>> & { source?: DashboardSource } = {},
): DashboardRequest {
  return {
    boardId,
    sourceVersion,
    today: TODAY,
    filter: null,
    shownIds: null,
    unit: 'month',
    ...fields,
    ...(source === undefined ? {} : { source: wholeSourceUpdate(source) }),
  };
}

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

  describe('histories made ahead', () => {
    /** The board of movedBoard with a second card, which nothing moves. */
    async function twoCardBoard() {
      const moved = await movedBoard();
      const { board } = moved;
      const still = await board.repositories.recommendations.create(board.boardId, {
        text: 'Bring banks on board to develop migrant-friendly reintegration packages',
        columnId: defaultColumnId('accepted'),
      });
      const source = { ...moved.source, cards: [...moved.source.cards, still] };
      const reader = heldHistoryReader(async () => board.db);
      return { ...moved, source, still, reader };
    }

    /** The ids of the cards each call of cardHistory made histories for, since the last clear. */
    const madeFor = () => historiesMade.mock.calls.map(([, cards]) => cards.map((one) => one.id));

    it('makes every history ahead, then only those of cards moved since', async () => {
      const { board, card, still, source, reader } = await twoCardBoard();
      const readHistory = vi.fn((boardId: string) => reader.read(boardId));
      const handle = dashboardHandler(readHistory, keepCopy);
      historiesMade.mockClear();
      await handle({ cards: source.cards });
      expect(await handle({ historyAhead: board.boardId })).toBeNull();
      expect(readHistory).toHaveBeenCalledTimes(1);
      expect(madeFor()).toEqual([source.cards.map((one) => one.id)]);
      expect(madeFor()[0]).toContain(still.id);

      // A move after the histories were made: only that card's history is made again.
      await board.repositories.recommendations.update(card.id, {
        columnId: defaultColumnId('accepted'),
      });
      const moved = await board.repositories.recommendations.get(card.id);
      if (moved === undefined) throw new Error('no card');
      const cards = source.cards.map((one) => (one.id === card.id ? moved : one));
      const { cards: _all, ...rest } = source;
      const update = { ...rest, cardIds: cards.map((one) => one.id), changedCards: [moved] };
      historiesMade.mockClear();
      const packed = await handle({ ...request(board.boardId, 1), source: update });
      if (packed === null) throw new Error('no figures');
      expect(madeFor()).toEqual([[card.id]]);
      const journal = (await readJournalHistory(board.db, board.boardId)).entries;
      const expected = computeDashboard(
        { ...source, cards, journal, today: TODAY },
        { unit: 'month' },
      );
      expect(unpackCardIds(packed, update.cardIds)).toEqual({ ...expected, flowToken: 1 });
      // The move back to Accepted left nothing implemented in the quarter the figures show.
      const implemented = unpackCardIds(packed, update.cardIds).implementedPerQuarter;
      expect(implemented.at(-1)?.implemented.cardIds ?? []).not.toContain(card.id);
    });

    it('leaves be the histories the dashboard made while the ahead read was under way', async () => {
      const { board, source, reader } = await twoCardBoard();
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      // The first read (the ahead request's) waits until released, and its entries are new
      // objects, as a read running beside another may make them.
      const readHistory = vi.fn(async (boardId: string) => {
        if (readHistory.mock.calls.length > 1) return reader.read(boardId);
        await held;
        const read = await reader.read(boardId);
        return { ...read, entries: read.entries.map((entry) => ({ ...entry })) };
      });
      const handle = dashboardHandler(readHistory, keepCopy);
      historiesMade.mockClear();
      await handle({ cards: source.cards });
      const ahead = handle({ historyAhead: board.boardId });
      expect(await handle(request(board.boardId, 1, { source }))).not.toBeNull();
      expect(madeFor()).toHaveLength(1);
      release();
      expect(await ahead).toBeNull();
      expect(madeFor()).toHaveLength(1);
    });

    it('makes no history for cards sent ahead for another board, and holds none of them', async () => {
      const { board, card, still, source, reader } = await twoCardBoard();
      const handle = dashboardHandler((boardId) => reader.read(boardId), keepCopy);
      const elsewhere = { ...card, id: 'card-of-another-board', boardId: 'another-board' };
      historiesMade.mockClear();
      await handle({ cards: [elsewhere] });
      await handle({ cards: source.cards });
      await handle({ historyAhead: board.boardId });
      expect(madeFor()).toEqual([source.cards.map((one) => one.id)]);
      expect(madeFor()[0]).toContain(still.id);
      // Not held either: a read naming it finds that the worker was never sent it.
      const { cards: _all, ...rest } = source;
      const update = { ...rest, cardIds: [elsewhere.id], changedCards: [] };
      await expect(handle({ ...request(board.boardId, 1), source: update })).rejects.toThrow(
        'never sent card card-of-another-board',
      );
    });
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
