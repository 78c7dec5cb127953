import { beforeEach, describe, expect, it } from 'vitest';
import { defaultColumnId } from '../domain/default-columns';
import { latestEntry } from '../testing/journal';
import { createTestBoard, type TestBoard } from '../testing/test-database';

describe('columns', () => {
  let board: TestBoard;
  beforeEach(async () => {
    board = await createTestBoard();
  });
  const names = async () =>
    (await board.repositories.columns.list(board.boardId)).map((c) => c.name);

  it('adds, renames, limits and reorders columns', async () => {
    const review = await board.repositories.columns.create(board.boardId, {
      name: 'Under review',
      kind: 'open',
      wipLimit: null,
    });
    await board.repositories.columns.update(review.id, { name: 'In review', wipLimit: 5 });
    await board.repositories.columns.move(review.id, 1);
    expect((await names()).slice(0, 3)).toEqual([
      'To triage',
      'In review',
      'Accepted – not started',
    ]);
    const [, moved] = await board.repositories.columns.list(board.boardId);
    expect(moved?.wipLimit).toBe(5);
    await expect(board.repositories.columns.update(review.id, { name: ' ' })).rejects.toThrow();
  });

  it('deletes a column only after moving all its cards, as one journaled action', async () => {
    const triage = defaultColumnId('triage');
    const accepted = defaultColumnId('accepted');
    const cards = await board.repositories.recommendations.listOnBoard(board.boardId);
    const moving = cards.filter((c) => c.columnId === triage).length;
    const staying = cards.filter((c) => c.columnId === accepted).length;
    await board.repositories.columns.remove(triage, accepted);
    expect(await names()).not.toContain('To triage');
    const after = await board.repositories.recommendations.listOnBoard(board.boardId);
    expect(after).toHaveLength(cards.length);
    expect(after.filter((c) => c.columnId === accepted)).toHaveLength(moving + staying);
    const entry = await latestEntry(board.db);
    expect(entry.action.kind).toBe('column.deleted');
    expect(entry.cardIds).toHaveLength(moving);
    expect(entry.changes.filter((change) => change.table === 'columns')).toHaveLength(1);
  });

  it('keeps the column and its cards when the deletion fails half-way', async () => {
    const triage = defaultColumnId('triage');
    const fail = () => {
      throw new Error('quota exceeded');
    };
    board.db.journal.hook('creating', fail);
    await expect(
      board.repositories.columns.remove(triage, defaultColumnId('accepted')),
    ).rejects.toThrow('quota exceeded');
    board.db.journal.hook('creating').unsubscribe(fail);
    expect(await names()).toContain('To triage');
    const cards = await board.repositories.recommendations.listOnBoard(board.boardId);
    expect(cards.filter((c) => c.columnId === triage).length).toBeGreaterThan(20);
  });
});
