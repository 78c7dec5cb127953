import { beforeEach, describe, expect, it } from 'vitest';
import { defaultColumnId } from '../domain/default-columns';
import { createTestBoard, type TestBoard } from '../testing/test-database';

describe('editing and the card lifecycle', () => {
  let board: TestBoard;
  let id: string;
  beforeEach(async () => {
    board = await createTestBoard();
    const card = await board.repositories.recommendations.create(board.boardId, {
      text: 'Introduce SSNP for vulnerable migrant workers',
      columnId: defaultColumnId('triage'),
    });
    id = card.id;
  });

  const history = async () =>
    (await board.repositories.activity.listFor(id)).map((event) => event.type).reverse();

  it('saves only the changed fields and logs them', async () => {
    const saved = await board.repositories.recommendations.update(id, {
      title: 'SSNP in the national budget',
      actorIds: ['moewoe', 'wewb'],
      leadActorId: 'moewoe',
      text: 'Introduce SSNP for vulnerable migrant workers',
    });
    expect(saved).toMatchObject({ title: 'SSNP in the national budget', leadActorId: 'moewoe' });
    const events = await board.repositories.activity.listFor(id);
    expect(events[0]).toMatchObject({
      type: 'edited',
      fields: ['title', 'actorIds', 'leadActorId'],
    });
  });

  it('logs a change of column as a move and puts the card at the bottom', async () => {
    const done = defaultColumnId('implemented');
    await board.repositories.recommendations.update(id, { columnId: done, priority: 'high' });
    expect(await history()).toEqual(['created', 'edited', 'moved']);
    const cards = await board.repositories.recommendations.listOnBoard(board.boardId);
    const column = cards
      .filter((c) => c.columnId === done)
      .sort((a, b) => (a.rank < b.rank ? -1 : 1));
    expect(column.at(-1)?.id).toBe(id);
  });

  it('refuses a lead actor who is not responsible, and saves nothing', async () => {
    await expect(
      board.repositories.recommendations.update(id, { leadActorId: 'mofa' }),
    ).rejects.toThrow(/lead actor/);
    expect((await board.repositories.recommendations.get(id)).leadActorId).toBeNull();
    expect(await history()).toEqual(['created']);
  });

  it('archives and restores, deletes and undoes, with history', async () => {
    const onBoard = async () =>
      (await board.repositories.recommendations.listOnBoard(board.boardId)).some(
        (c) => c.id === id,
      );
    await board.repositories.recommendations.archive(id);
    expect(await onBoard()).toBe(false);
    expect(
      (await board.repositories.recommendations.listArchived(board.boardId)).map((c) => c.id),
    ).toEqual([id]);
    await board.repositories.recommendations.unarchive(id);
    expect(await onBoard()).toBe(true);
    await board.repositories.recommendations.remove(id);
    expect(await onBoard()).toBe(false);
    expect(await board.db.recommendations.get(id)).toBeDefined();
    await board.repositories.recommendations.undoRemove(id);
    expect(await onBoard()).toBe(true);
    expect(await history()).toEqual(['created', 'archived', 'restored', 'deleted', 'restored']);
  });
});
