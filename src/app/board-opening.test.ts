import { describe, expect, it } from 'vitest';
import { DEFAULT_COLUMNS } from '../domain/default-columns';
import { openBoardOnce, openedRepositories } from './board-opening';

describe('openBoardOnce', () => {
  it('opens the database once, creates the board, and reads it for the first screen', async () => {
    const opening = openBoardOnce();
    expect(openBoardOnce()).toBe(opening);

    const board = await opening.firstRead;
    expect(board.flowColumns.length + board.closedColumns.length).toBe(DEFAULT_COLUMNS.length);
    expect(board.cardsById.size).toBeGreaterThan(20);
    expect(board.workshopsById.size).toBeGreaterThanOrEqual(4);

    const repositories = await opening.repositories;
    expect(openedRepositories()).toBe(repositories);
    // The first read is what the repositories hold, not a copy from somewhere else.
    const cards = await repositories.recommendations.listOnBoard(
      [...board.cardsById.values()][0]?.boardId ?? '',
    );
    expect(cards.map((card) => card.id).sort()).toEqual([...board.cardsById.keys()].sort());
  });
});
