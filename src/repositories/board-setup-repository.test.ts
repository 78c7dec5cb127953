import { describe, expect, it } from 'vitest';
import { DEFAULT_BOARD_ID } from '../domain/board';
import { DEFAULT_COLUMNS, defaultColumnId } from '../domain/default-columns';
import { undoLatest } from '../testing/journal';
import { createTestBoard, createTestDatabase } from '../testing/test-database';
import { createRepositories } from './repositories';

describe('board setup', () => {
  it('creates the default columns and the sample workshops on first open, once', async () => {
    const db = createTestDatabase();
    const repositories = createRepositories(db);
    expect(await repositories.boardSetup.ensureBoard(DEFAULT_BOARD_ID, 'Board')).toEqual({
      created: true,
    });
    const columns = await repositories.columns.list(DEFAULT_BOARD_ID);
    expect(columns.map((c) => c.name)).toEqual(DEFAULT_COLUMNS.map((c) => c.name));
    const workshops = await repositories.workshops.list(DEFAULT_BOARD_ID);
    const cards = await repositories.recommendations.listOnBoard(DEFAULT_BOARD_ID);
    expect(workshops.length).toBeGreaterThanOrEqual(4);
    expect(cards.length).toBeGreaterThan(20);
    // One journal entry: the board and its sample, every row as it was made.
    const [entry] = await db.journal.toArray();
    expect(entry?.action.kind).toBe('board.created');
    expect(entry?.cardIds).toHaveLength(cards.length);

    expect(await repositories.boardSetup.ensureBoard(DEFAULT_BOARD_ID, 'Board')).toEqual({
      created: false,
    });
    expect(await db.recommendations.count()).toBe(cards.length);
  });

  it('starts empty and stays empty when the board is opened again', async () => {
    const { db, repositories, boardId } = await createTestBoard();
    await repositories.boardSetup.clearBoard(boardId);
    await repositories.boardSetup.ensureBoard(boardId, 'Board');
    expect(await db.recommendations.count()).toBe(0);
    expect(await db.workshops.count()).toBe(0);
    expect(await repositories.columns.list(boardId)).toHaveLength(DEFAULT_COLUMNS.length);
  });

  it("removes the sample data but keeps the user's own recommendations", async () => {
    const { repositories, boardId } = await createTestBoard();
    const mine = await repositories.recommendations.create(boardId, {
      text: 'Our own recommendation',
      columnId: defaultColumnId('triage'),
    });
    await repositories.boardSetup.removeSampleData(boardId);
    expect(await repositories.boardSetup.hasSampleData(boardId)).toBe(false);
    const left = await repositories.recommendations.listOnBoard(boardId);
    expect(left.map((c) => c.id)).toEqual([mine.id]);
  });

  it('undoes a removal exactly, in one step', async () => {
    const { db, repositories, boardId } = await createTestBoard();
    const before = await db.recommendations.toArray();
    await repositories.boardSetup.clearBoard(boardId);
    expect(await db.recommendations.count()).toBe(0);
    await undoLatest(db, repositories);
    expect(await db.recommendations.toArray()).toEqual(before);
    expect(await repositories.boardSetup.hasSampleData(boardId)).toBe(true);
  });

  it('removes nothing when the transaction fails half-way', async () => {
    const { db, repositories, boardId } = await createTestBoard();
    const count = await db.recommendations.count();
    const fail = () => {
      throw new Error('quota exceeded');
    };
    const entries = await db.journal.count();
    db.workshops.hook('deleting', fail);
    await expect(repositories.boardSetup.clearBoard(boardId)).rejects.toThrow('quota exceeded');
    db.workshops.hook('deleting').unsubscribe(fail);
    expect(await db.recommendations.count()).toBe(count);
    expect(await db.journal.count()).toBe(entries);
  });
});
