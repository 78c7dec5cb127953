import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RecboardDatabase } from '../db/database';
import { type HistoryEntry, HistoryEntrySchema } from '../domain/dashboard/history-entry';
import { defaultColumnId } from '../domain/default-columns';
import type { JournalEntry } from '../domain/journal';
import { newId } from '../lib/ids';
import { createTestBoard, type TestBoard } from '../testing/test-database';
import { heldHistoryReader, keepHistoryCopy, readHistory } from './journal-history';

const OTHER_BOARD = '01900000-0000-7000-8000-0000000000ff';

/** A card's move, journaled as the app journals one (its place only matters here). */
function move(boardId: string, cardId: string, id = newId()): JournalEntry {
  return {
    id,
    boardId,
    at: '2026-03-04T10:00:00.000Z',
    origin: 'user',
    action: { kind: 'card.moved', params: { title: 'Plan' } },
    changes: [
      {
        table: 'recommendations',
        key: cardId,
        before: { columnId: defaultColumnId('accepted'), archivedAt: null, deletedAt: null },
        after: { columnId: defaultColumnId('implemented'), archivedAt: null, deletedAt: null },
      },
    ],
    cardIds: [cardId],
  };
}

/** What the board's digest itself says, read whole and checked: what every read must give. */
async function digestOf(db: RecboardDatabase, boardId: string): Promise<HistoryEntry[]> {
  const rows = await db.journalDigest.where('boardId').equals(boardId).toArray();
  return rows.map((row) => HistoryEntrySchema.parse(row)).sort(byId);
}

const byId = (a: HistoryEntry, b: HistoryEntry) => (a.id < b.id ? -1 : 1);

/**
 * Reads the board's journal and keeps a copy of it that says otherwise than the digest (every
 * entry at a later instant) and is otherwise good: a read that takes the copy shows 2030.
 */
async function keepCopySayingOtherwise(db: RecboardDatabase, boardId: string) {
  const first = await readHistory(db, boardId);
  if (!first.copy) throw new Error('no copy offered');
  const entries = first.copy.entries.map((entry) => ({
    ...HistoryEntrySchema.parse(entry),
    at: '2030-01-01T00:00:00.000Z',
  }));
  await keepHistoryCopy(db, { ...first.copy, entries });
  return { first, entries };
}

describe('readHistory', () => {
  let board: TestBoard;
  let cardId: string;

  beforeEach(async () => {
    board = await createTestBoard();
    const card = await board.repositories.recommendations.create(board.boardId, {
      columnId: defaultColumnId('accepted'),
      text: 'A comprehensive action plan for reintegration should be in place',
    });
    cardId = card.id;
    await board.repositories.recommendations.update(card.id, {
      columnId: defaultColumnId('implemented'),
    });
    // Another board's entry: never read, never counted.
    await board.db.journal.add(move(OTHER_BOARD, 'elsewhere'));
  });

  it('reads every entry of the board from its digest, and offers a copy of them', async () => {
    const read = await readHistory(board.db, board.boardId);

    const expected = await digestOf(board.db, board.boardId);
    expect(expected.length).toBeGreaterThan(2);
    expect([...read.entries].sort(byId)).toEqual(expected);
    // Cut to what the dashboard reads: no action, origin or cards.
    expect(read.entries[0]).not.toHaveProperty('action');
    expect(read.copy).toMatchObject({
      boardId: board.boardId,
      count: expected.length,
      upTo: expected.at(-1)?.id,
      mark: '',
    });
  });

  it('reads a kept copy and the entries added since, and needs no new copy', async () => {
    const first = await readHistory(board.db, board.boardId);
    if (!first.copy) throw new Error('no copy offered');
    await keepHistoryCopy(board.db, first.copy);
    await board.repositories.recommendations.update(cardId, {
      columnId: defaultColumnId('accepted'),
    });

    const read = await readHistory(board.db, board.boardId);
    expect([...read.entries].sort(byId)).toEqual(await digestOf(board.db, board.boardId));
    expect(read.copy).toBeNull();
  });

  it('reads the copy, not the digest rows it holds', async () => {
    const { entries } = await keepCopySayingOtherwise(board.db, board.boardId);

    const read = await readHistory(board.db, board.boardId);
    expect(read.entries.map((entry) => entry.at)).toEqual(
      entries.map(() => '2030-01-01T00:00:00.000Z'),
    );
  });

  it('reads the digest again once the journal is rewritten (put over, deleted, cleared)', async () => {
    const kept = async () => {
      const read = await readHistory(board.db, board.boardId);
      if (read.copy) await keepHistoryCopy(board.db, read.copy);
    };
    await kept();
    const [last] = (await board.db.journal.where('boardId').equals(board.boardId).toArray()).slice(
      -1,
    );
    if (!last) throw new Error('no entry');
    await board.db.journal.put({ ...last, at: '2026-06-01T09:00:00.000Z' });
    let read = await readHistory(board.db, board.boardId);
    expect(read.entries.find((entry) => entry.id === last.id)?.at).toBe('2026-06-01T09:00:00.000Z');
    expect(read.copy).not.toBeNull();

    await kept();
    await board.db.journal.delete(last.id);
    read = await readHistory(board.db, board.boardId);
    expect(read.entries.some((entry) => entry.id === last.id)).toBe(false);
    expect([...read.entries].sort(byId)).toEqual(await digestOf(board.db, board.boardId));

    await kept();
    await board.db.journal.clear();
    read = await readHistory(board.db, board.boardId);
    expect(read.entries).toEqual([]);
  });

  it('does not read a copy made before a rewrite, even one kept after it', async () => {
    const first = await readHistory(board.db, board.boardId);
    if (!first.copy) throw new Error('no copy offered');
    const [entry] = await board.db.journal.where('boardId').equals(board.boardId).toArray();
    if (!entry) throw new Error('no entry');
    await board.db.journal.put({ ...entry, at: '2026-06-01T09:00:00.000Z' });
    // Kept late (a worker that read before the rewrite): under the mark of before it.
    await keepHistoryCopy(board.db, first.copy);

    const read = await readHistory(board.db, board.boardId);
    expect(read.entries.find((one) => one.id === entry.id)?.at).toBe('2026-06-01T09:00:00.000Z');
    expect(read.copy).not.toBeNull();
  });

  it('reads the digest again when an entry older than the copy is added (a merge)', async () => {
    const first = await readHistory(board.db, board.boardId);
    if (!first.copy) throw new Error('no copy offered');
    await keepHistoryCopy(board.db, first.copy);
    // An id from before every entry of the copy, as a merge brings another device's entries.
    const older = move(board.boardId, cardId, '01000000-0000-7000-8000-000000000001');
    await board.db.journal.add(older);

    const read = await readHistory(board.db, board.boardId);
    expect(read.entries.some((entry) => entry.id === older.id)).toBe(true);
    expect([...read.entries].sort(byId)).toEqual(await digestOf(board.db, board.boardId));
    expect(read.copy?.count).toBe(first.copy.count + 1);
  });

  it('offers a new copy once many entries were added since the last', async () => {
    const first = await readHistory(board.db, board.boardId);
    if (!first.copy) throw new Error('no copy offered');
    await keepHistoryCopy(board.db, first.copy);
    await board.db.journal.bulkAdd(Array.from({ length: 200 }, () => move(board.boardId, cardId)));

    const read = await readHistory(board.db, board.boardId);
    expect(read.copy?.count).toBe(first.copy.count + 200);
    expect([...read.entries].sort(byId)).toEqual(await digestOf(board.db, board.boardId));
  });

  it('reads past a damaged copy to the digest itself', async () => {
    const first = await readHistory(board.db, board.boardId);
    if (!first.copy) throw new Error('no copy offered');
    const entries = first.copy.entries.map(() => ({ broken: true }));
    await keepHistoryCopy(board.db, { ...first.copy, entries });

    const read = await readHistory(board.db, board.boardId);
    expect([...read.entries].sort(byId)).toEqual(await digestOf(board.db, board.boardId));
    expect(read.copy).not.toBeNull();
  });

  describe('from the read before (held)', () => {
    it('reads the rows added since, not the copy', async () => {
      // A kept copy that says otherwise than the digest: a read that took it would show 2030.
      const { first } = await keepCopySayingOtherwise(board.db, board.boardId);
      await board.repositories.recommendations.update(cardId, {
        columnId: defaultColumnId('accepted'),
      });

      const read = await readHistory(board.db, board.boardId, first.held);
      expect([...read.entries].sort(byId)).toEqual(await digestOf(board.db, board.boardId));
      // What is held came from the whole digest, whose copy it was never told was kept.
      expect(read.copy?.count).toBe(read.entries.length);
      expect(read.held.entries).toBe(read.entries);
      expect(read.held.upTo).toBe((await digestOf(board.db, board.boardId)).at(-1)?.id);
    });

    it('reads the digest again once the journal is rewritten', async () => {
      const first = await readHistory(board.db, board.boardId);
      const [entry] = await board.db.journal.where('boardId').equals(board.boardId).toArray();
      if (!entry) throw new Error('no entry');
      await board.db.journal.put({ ...entry, at: '2026-06-01T09:00:00.000Z' });

      const read = await readHistory(board.db, board.boardId, first.held);
      expect(read.entries.find((one) => one.id === entry.id)?.at).toBe('2026-06-01T09:00:00.000Z');
      expect(read.copy).not.toBeNull();
    });

    it('reads the digest again when an entry older than the held ones is added (a merge)', async () => {
      const first = await readHistory(board.db, board.boardId);
      const older = move(board.boardId, cardId, '01000000-0000-7000-8000-000000000001');
      await board.db.journal.add(older);

      const read = await readHistory(board.db, board.boardId, first.held);
      expect([...read.entries].sort(byId)).toEqual(await digestOf(board.db, board.boardId));
      expect(read.copy?.count).toBe(first.entries.length + 1);
    });

    it('is not taken for another board, even one with as many entries, all newer', async () => {
      // As many entries as the board's, with newer ids: were the held read of the other board
      // taken, its count would match and no row would be past it, so its entries would come back.
      const count = (await digestOf(board.db, board.boardId)).length;
      await board.db.journal.bulkAdd(Array.from({ length: count }, () => move(OTHER_BOARD, 'x')));
      const other = await readHistory(board.db, OTHER_BOARD);
      expect(other.entries).toHaveLength(count + 1);
      await board.db.journal.delete(
        (await board.db.journal.where('boardId').equals(OTHER_BOARD).first())?.id ?? '',
      );
      const first = await readHistory(board.db, OTHER_BOARD);
      expect(first.entries).toHaveLength(count);

      const read = await readHistory(board.db, board.boardId, first.held);
      expect([...read.entries].sort(byId)).toEqual(await digestOf(board.db, board.boardId));
    });
  });

  describe('heldHistoryReader', () => {
    const reader = () => heldHistoryReader(async () => board.db);

    it('reads the copy once, then only what was added since', async () => {
      await keepCopySayingOtherwise(board.db, board.boardId);
      const copyReads = vi.spyOn(board.db.journalDigestCopies, 'get');
      const history = reader();
      expect((await history.read(board.boardId)).entries[0]?.at).toBe('2030-01-01T00:00:00.000Z');
      await board.repositories.recommendations.update(cardId, {
        columnId: defaultColumnId('accepted'),
      });

      const again = await history.read(board.boardId);
      // Still the copy's entries (held), with the new one read from the digest.
      expect(again.entries.filter((entry) => entry.at !== '2030-01-01T00:00:00.000Z')).toHaveLength(
        1,
      );
      expect(copyReads).toHaveBeenCalledTimes(1);
    });

    it('offers a copy on every read until one is kept, then once the kept one is stale', async () => {
      const history = reader();
      const first = await history.read(board.boardId);
      if (!first.copy) throw new Error('no copy offered');
      // Not kept (the dashboard never took this read): offered again.
      const second = await history.read(board.boardId);
      if (!second.copy) throw new Error('no copy offered again');
      await keepHistoryCopy(board.db, second.copy);
      history.kept(second.copy);
      expect((await history.read(board.boardId)).copy).toBeNull();

      await board.db.journal.bulkAdd(
        Array.from({ length: 150 }, () => move(board.boardId, cardId)),
      );
      expect((await history.read(board.boardId)).copy).toBeNull();
      await board.db.journal.bulkAdd(Array.from({ length: 50 }, () => move(board.boardId, cardId)));
      const stale = await history.read(board.boardId);
      expect(stale.copy?.count).toBe(second.copy.count + 200);
      expect([...stale.entries].sort(byId)).toEqual(await digestOf(board.db, board.boardId));
    });

    it('forgets what it holds when another connection upgrades the database', async () => {
      await keepCopySayingOtherwise(board.db, board.boardId);
      const copyReads = vi.spyOn(board.db.journalDigestCopies, 'get');
      const history = reader();
      await history.read(board.boardId);
      // What Dexie does when another tab opens a newer version: closes, to reopen on next use.
      board.db.on.versionchange.fire(
        new IDBVersionChangeEvent('versionchange', { newVersion: 99 }),
      );

      await history.read(board.boardId);
      expect(copyReads).toHaveBeenCalledTimes(2);
    });

    it('starts afresh for another board', async () => {
      await board.db.journal.add(move(OTHER_BOARD, 'elsewhere-2'));
      const history = reader();
      await history.read(board.boardId);
      const other = await history.read(OTHER_BOARD);
      expect([...other.entries].sort(byId)).toEqual(await digestOf(board.db, OTHER_BOARD));
      const back = await history.read(board.boardId);
      expect([...back.entries].sort(byId)).toEqual(await digestOf(board.db, board.boardId));
    });
  });
});
