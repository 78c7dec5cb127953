import { describe, expect, it } from 'vitest';
import { DEFAULT_COLUMNS } from '../domain/default-columns';
import { FIRST_SCREEN_CARDS_PER_COLUMN } from '../queries/read-board-data';
import { openBoardOnce, openedRepositories, startupRead } from './board-opening';

describe('openBoardOnce', () => {
  it('opens the database once, creates the board, and reads its first screen', async () => {
    const opening = openBoardOnce();
    expect(openBoardOnce()).toBe(opening);
    expect(startupRead()).toBeNull();

    const startup = await opening.firstRead;
    expect(startupRead()).toBe(startup);
    const { board } = startup;
    expect(board.flowColumns.length + board.closedColumns.length).toBe(DEFAULT_COLUMNS.length);
    expect(board.workshopsById.size).toBeGreaterThanOrEqual(4);

    const repositories = await opening.repositories;
    expect(openedRepositories()).toBe(repositories);
    // Each column's first cards, in board order, and the count of all of them.
    const cards = await repositories.recommendations.listOnBoard(
      [...board.cardsById.values()][0]?.boardId ?? '',
    );
    for (const [columnId, ids] of Object.entries(board.cardIdsByColumn)) {
      const all = cards.filter((card) => card.columnId === columnId);
      expect(board.cardCountByColumn[columnId]).toBe(all.length);
      expect(ids.length).toBe(Math.min(all.length, FIRST_SCREEN_CARDS_PER_COLUMN));
    }
    expect(board.cardsById.size).toBeGreaterThan(20);
  });
});
