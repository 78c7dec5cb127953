import { beforeEach, describe, expect, it } from 'vitest';
import { defaultColumnId } from '../domain/default-columns';
import { sortByRank } from '../domain/ordering';
import { latestEntry } from '../testing/journal';
import { createTestBoard, type TestBoard } from '../testing/test-database';

const TRIAGE = defaultColumnId('triage');
const IN_PROGRESS = defaultColumnId('in_progress');

describe('recommendation repository', () => {
  let board: TestBoard;
  beforeEach(async () => {
    board = await createTestBoard();
  });

  async function columnIds(columnId: string): Promise<string[]> {
    const cards = await board.repositories.recommendations.listOnBoard(board.boardId);
    return sortByRank(cards.filter((c) => c.columnId === columnId)).map((c) => c.id);
  }

  it('creates a card at the bottom of its column, journaled', async () => {
    const created = await board.repositories.recommendations.create(board.boardId, {
      text: '  A comprehensive action plan for reintegration should be in place  ',
      columnId: TRIAGE,
    });
    expect(created.text).toBe('A comprehensive action plan for reintegration should be in place');
    expect((await columnIds(TRIAGE)).at(-1)).toBe(created.id);
    const entry = await latestEntry(board.db);
    expect(entry.action.kind).toBe('card.created');
    expect(entry.changes).toEqual([
      { table: 'recommendations', key: created.id, before: undefined, after: created },
    ]);
  });

  it('refuses an empty recommendation and writes nothing', async () => {
    const before = await board.db.recommendations.count();
    await expect(
      board.repositories.recommendations.create(board.boardId, { text: '   ', columnId: TRIAGE }),
    ).rejects.toThrow();
    expect(await board.db.recommendations.count()).toBe(before);
  });

  it('moves a card between two neighbours of another column, journaled with before and after', async () => {
    const [first] = await columnIds(TRIAGE);
    const target = await columnIds(IN_PROGRESS);
    const id = first as string;
    const moved = await board.repositories.recommendations.move({
      id,
      toColumnId: IN_PROGRESS,
      afterId: target[0] ?? null,
      beforeId: target[1] ?? null,
    });
    expect(moved.columnId).toBe(IN_PROGRESS);
    expect(await columnIds(IN_PROGRESS)).toEqual([target[0], id, ...target.slice(1)]);
    expect(await columnIds(TRIAGE)).not.toContain(id);
    const entry = await latestEntry(board.db);
    expect(entry.action).toEqual({
      kind: 'card.moved',
      params: { title: expect.any(String), column: 'In progress', columnOf: IN_PROGRESS },
    });
    expect(entry.changes).toHaveLength(1);
    expect(entry.changes[0]?.before).toMatchObject({ columnId: TRIAGE });
    expect(entry.changes[0]?.after).toMatchObject({ columnId: IN_PROGRESS, rank: moved.rank });
  });

  it('reorders within a column, to the top, reading neither column whole', async () => {
    const before = await columnIds(TRIAGE);
    const last = before.at(-1) as string;
    await board.repositories.recommendations.move({
      id: last,
      toColumnId: TRIAGE,
      afterId: null,
      beforeId: before[0] ?? null,
    });
    expect(await columnIds(TRIAGE)).toEqual([last, ...before.slice(0, -1)]);
    expect((await latestEntry(board.db)).action.kind).toBe('card.reordered');
  });

  it('falls back to the other neighbour, then the end, when a neighbour has moved away', async () => {
    const triage = await columnIds(TRIAGE);
    const [gone, stays] = await columnIds(IN_PROGRESS);
    const id = triage[0] as string;
    await board.db.recommendations.update(gone as string, { columnId: TRIAGE });
    await board.repositories.recommendations.move({
      id,
      toColumnId: IN_PROGRESS,
      afterId: gone ?? null,
      beforeId: stays ?? null,
    });
    const order = await columnIds(IN_PROGRESS);
    expect(order.indexOf(id)).toBe(order.indexOf(stays as string) - 1);
    const other = triage[1] as string;
    await board.repositories.recommendations.move({
      id: other,
      toColumnId: IN_PROGRESS,
      afterId: gone ?? null,
      beforeId: gone ?? null,
    });
    expect((await columnIds(IN_PROGRESS)).at(-1)).toBe(other);
  });

  it('writes the move and its journal entry together or not at all', async () => {
    const [first] = await columnIds(TRIAGE);
    const id = first as string;
    const entries = await board.db.journal.count();
    const failJournal = () => {
      throw new Error('disk full');
    };
    board.db.journal.hook('creating', failJournal);
    await expect(
      board.repositories.recommendations.move({
        id,
        toColumnId: IN_PROGRESS,
        afterId: null,
        beforeId: null,
      }),
    ).rejects.toThrow('disk full');
    board.db.journal.hook('creating').unsubscribe(failJournal);

    const card = await board.repositories.recommendations.get(id);
    expect(card.columnId).toBe(TRIAGE);
    expect(await columnIds(TRIAGE)).toContain(id);
    expect(await board.db.journal.count()).toBe(entries);
  });

  it('reports a damaged row with its table and id instead of showing bad data', async () => {
    const [first] = await columnIds(TRIAGE);
    await board.db.recommendations.update(first as string, { rank: '' });
    await expect(board.repositories.recommendations.listOnBoard(board.boardId)).rejects.toThrow(
      `Stored recommendations row ${first} is not valid: rank`,
    );
  });

  describe('first screen', () => {
    /** The column's cards on the board, in order, after making sure it holds at least ten. */
    async function fillTriage(): Promise<string[]> {
      for (let n = (await columnIds(TRIAGE)).length; n < 10; n++) {
        await board.repositories.recommendations.create(board.boardId, {
          text: `Recommendation ${n}`,
          columnId: TRIAGE,
        });
      }
      return columnIds(TRIAGE);
    }
    const archive = (ids: readonly string[]) =>
      Promise.all(
        ids.map((id) =>
          board.db.recommendations.update(id, { archivedAt: '2026-03-01T10:00:00Z' }),
        ),
      );
    const firstScreen = async (limit: number) =>
      (await board.repositories.recommendations.listFirstScreen([TRIAGE], limit)).get(TRIAGE);

    it('skips an archived card among the first ones and counts the column without it', async () => {
      const ids = await fillTriage();
      await archive([ids[1] as string]);
      const first = await firstScreen(3);
      expect(first?.cards.map((card) => card.id)).toEqual([ids[0], ids[2], ids[3]]);
      expect(first?.count).toBe(ids.length - 1);
    });

    it('still finds the first cards when many archived ones come before them', async () => {
      const ids = await fillTriage();
      await archive(ids.slice(0, 6));
      const first = await firstScreen(3);
      expect(first?.cards.map((card) => card.id)).toEqual(ids.slice(6, 9));
      expect(first?.count).toBe(ids.length - 6);
    });
  });
});
