import { beforeEach, describe, expect, it } from 'vitest';
import { defaultColumnId } from '../domain/default-columns';
import type { ActionKind, JournalEntry } from '../domain/journal';
import { newId } from '../lib/ids';
import { createTestBoard, type TestBoard } from '../testing/test-database';
import { readHistory } from './journal-history';

/** A journal entry written straight to the table, at a chosen time, with no row changes. */
function entry(boardId: string, at: string, kind: ActionKind): JournalEntry {
  return {
    id: newId(),
    boardId,
    at,
    origin: 'user',
    action: { kind, params: { name: kind } },
    changes: [],
    cardIds: [],
  };
}

describe('journal.listPage', () => {
  let board: TestBoard;
  let written: JournalEntry[];

  beforeEach(async () => {
    board = await createTestBoard();
    // Leaves only the entries below: the board's own creation is journaled too.
    await board.db.journal.clear();
    const { boardId } = board;
    written = [
      entry(boardId, '2025-03-01T09:00:00.000Z', 'card.moved'),
      entry(boardId, '2025-03-02T09:00:00.000Z', 'column.edited'),
      entry(boardId, '2025-03-02T09:00:00.000Z', 'workshop.edited'),
      entry(boardId, '2025-03-02T09:00:00.000Z', 'column.added'),
      entry(boardId, '2025-03-03T09:00:00.000Z', 'card.edited'),
      entry(boardId, '2025-03-04T09:00:00.000Z', 'column.moved'),
      entry(newId(), '2025-03-04T10:00:00.000Z', 'column.deleted'),
    ];
    await board.db.journal.bulkAdd(written);
  });

  /** Every page in turn, as the activity page reads them; the ids, newest first. */
  async function readAll(options: {
    kinds?: readonly ActionKind[];
    from?: string;
    to?: string;
    limit: number;
  }) {
    const ids: string[] = [];
    let before: string | undefined;
    for (let pages = 0; pages < 20; pages += 1) {
      const page = await board.repositories.journal.listPage(board.boardId, {
        ...options,
        ...(before === undefined ? {} : { before }),
      });
      ids.push(...page.entries.map((e) => e.id));
      if (page.next === null) return ids;
      before = page.next;
    }
    throw new Error('the pages never ended');
  }

  const idsOf = (...indexes: number[]) => indexes.map((index) => written[index]?.id);

  it('lists the board’s entries newest first, the same in small pages as in one', async () => {
    const whole = await readAll({ limit: 100 });
    expect(whole).toEqual(idsOf(5, 4, 3, 2, 1, 0));
    expect(await readAll({ limit: 2 })).toEqual(whole);
    expect(await readAll({ limit: 1 })).toEqual(whole);
  });

  it('keeps only the kinds asked for, across pages, ties in time included', async () => {
    const columns: ActionKind[] = ['column.added', 'column.edited', 'column.moved'];
    expect(await readAll({ kinds: columns, limit: 100 })).toEqual(idsOf(5, 3, 1));
    expect(await readAll({ kinds: columns, limit: 1 })).toEqual(idsOf(5, 3, 1));
    expect(await readAll({ kinds: ['card.moved', 'card.edited'], limit: 1 })).toEqual(idsOf(4, 0));
    expect(await readAll({ kinds: [], limit: 10 })).toEqual([]);
  });

  it('combines kinds with a time range, both ends included', async () => {
    const range = { from: '2025-03-02T09:00:00.000Z', to: '2025-03-03T09:00:00.000Z' };
    expect(await readAll({ ...range, limit: 100 })).toEqual(idsOf(4, 3, 2, 1));
    expect(
      await readAll({ ...range, kinds: ['workshop.edited', 'card.edited'], limit: 1 }),
    ).toEqual(idsOf(4, 2));
  });

  it('says where the next page starts only when there is one', async () => {
    const first = await board.repositories.journal.listPage(board.boardId, { limit: 6 });
    expect(first.next).toBeNull();
    const short = await board.repositories.journal.listPage(board.boardId, {
      kinds: ['column.moved', 'card.moved'],
      limit: 1,
    });
    expect(short.entries.map((e) => e.action.kind)).toEqual(['column.moved']);
    expect(short.next).toBe(`${written[5]?.at}|${written[5]?.id}`);
  });
});

describe('journal.listHistory', () => {
  it("reads the board's whole journal, each card cut to its place, and checks it", async () => {
    const board = await createTestBoard();
    const card = await board.repositories.recommendations.create(board.boardId, {
      columnId: defaultColumnId('accepted'),
      text: 'Bring banks on board to develop migrant-friendly reintegration packages',
    });
    await board.db.journal.add(entry(newId(), '2025-03-04T10:00:00.000Z', 'column.deleted'));

    const { entries: history } = await readHistory(board.db, board.boardId);

    const everyEntry = await board.db.journal.where('boardId').equals(board.boardId).count();
    expect(history).toHaveLength(everyEntry);
    const made = history.find((e) => e.changes.some((change) => change.key === card.id));
    expect(made?.changes).toEqual([
      {
        table: 'recommendations',
        key: card.id,
        after: { columnId: card.columnId, archivedAt: null, deletedAt: null },
      },
    ]);

    await board.db.journal.put({ ...entry(board.boardId, 'not a date', 'card.moved') });
    await expect(readHistory(board.db, board.boardId)).rejects.toThrow(
      /journal row .* is not valid/,
    );
  });
});
