import { describe, expect, it, vi } from 'vitest';
import { computeDashboard } from '../domain/dashboard/dashboard';
import { unpackCardIds } from '../domain/dashboard/packed-card-ids';
import { defaultColumnId } from '../domain/default-columns';
import {
  heldHistoryReader,
  readHistory as readJournalHistory,
} from '../repositories/journal-history';
import { keepCopy, movedBoard, request, TODAY } from '../testing/dashboard-worker-board';

// cardHistory as it is, watched: which cards each making of histories was for.
vi.mock('../domain/dashboard/card-history', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../domain/dashboard/card-history')>();
  return { ...actual, cardHistory: vi.fn(actual.cardHistory) };
});
// The logic tests share their modules (isolate: false): a file run earlier may have loaded the
// real module, so the handler and the watched function are imported afresh, after the mock.
vi.resetModules();
const { cardHistory } = await import('../domain/dashboard/card-history');
const { dashboardHandler } = await import('./dashboard-handler');
const historiesMade = vi.mocked(cardHistory);

describe('the dashboard worker: histories made ahead', () => {
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
