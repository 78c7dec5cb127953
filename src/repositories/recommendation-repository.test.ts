import { beforeEach, describe, expect, it } from 'vitest';
import { defaultColumnId } from '../domain/default-columns';
import { sortByRank } from '../domain/ordering';
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

  it('creates a card at the bottom of its column and logs it', async () => {
    const created = await board.repositories.recommendations.create(board.boardId, {
      text: '  A comprehensive action plan for reintegration should be in place  ',
      columnId: TRIAGE,
    });
    expect(created.text).toBe('A comprehensive action plan for reintegration should be in place');
    expect((await columnIds(TRIAGE)).at(-1)).toBe(created.id);
    const events = await board.db.activity.where('recommendationId').equals(created.id).toArray();
    expect(events).toMatchObject([{ type: 'created', columnId: TRIAGE }]);
  });

  it('refuses an empty recommendation and writes nothing', async () => {
    const before = await board.db.recommendations.count();
    await expect(
      board.repositories.recommendations.create(board.boardId, { text: '   ', columnId: TRIAGE }),
    ).rejects.toThrow();
    expect(await board.db.recommendations.count()).toBe(before);
  });

  it('moves a card to another column at a position and logs the move', async () => {
    const [first] = await columnIds(TRIAGE);
    const target = await columnIds(IN_PROGRESS);
    expect(first).toBeDefined();
    const moved = await board.repositories.recommendations.move({
      id: first as string,
      toColumnId: IN_PROGRESS,
      toIndex: 1,
    });
    expect(moved.columnId).toBe(IN_PROGRESS);
    expect(await columnIds(IN_PROGRESS)).toEqual([target[0], first, ...target.slice(1)]);
    expect(await columnIds(TRIAGE)).not.toContain(first);
    const events = await board.db.activity
      .where('recommendationId')
      .equals(first as string)
      .toArray();
    expect(events.map((e) => e.type)).toEqual(['created', 'moved']);
    expect(events[1]).toMatchObject({ fromColumnId: TRIAGE, toColumnId: IN_PROGRESS });
  });

  it('reorders within a column without logging a status change', async () => {
    const before = await columnIds(TRIAGE);
    const last = before.at(-1) as string;
    await board.repositories.recommendations.move({ id: last, toColumnId: TRIAGE, toIndex: 0 });
    expect(await columnIds(TRIAGE)).toEqual([last, ...before.slice(0, -1)]);
    const events = await board.db.activity.where('recommendationId').equals(last).toArray();
    expect(events.map((e) => e.type)).toEqual(['created']);
  });

  it('writes the move and its log entry together or not at all', async () => {
    const [first] = await columnIds(TRIAGE);
    const id = first as string;
    const failLogWrite = () => {
      throw new Error('disk full');
    };
    board.db.activity.hook('creating', failLogWrite);
    await expect(
      board.repositories.recommendations.move({ id, toColumnId: IN_PROGRESS, toIndex: 0 }),
    ).rejects.toThrow('disk full');
    board.db.activity.hook('creating').unsubscribe(failLogWrite);

    const card = await board.repositories.recommendations.get(id);
    expect(card.columnId).toBe(TRIAGE);
    expect(await columnIds(TRIAGE)).toContain(id);
    const events = await board.db.activity.where('recommendationId').equals(id).toArray();
    expect(events.map((e) => e.type)).toEqual(['created']);
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
