import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_BOARD_ID } from '../domain/board';
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

  it('on a later open, reads the board that is there while checking it exists', async () => {
    const repositories = await openBoardOnce().repositories;
    const actor = await repositories.actors.create(DEFAULT_BOARD_ID, {
      name: 'Dhaka District Employment Office',
      abbr: 'DDEO',
      group: 'government',
    });

    // A fresh module is a new page load: the database and the board exist this time.
    vi.resetModules();
    const reloaded = await import('./board-opening');
    const { board, userActors, boardInfo } = await reloaded.openBoardOnce().firstRead;
    expect(boardInfo.id).toBe(DEFAULT_BOARD_ID);
    expect(userActors.map((a) => a.id)).toEqual([actor.id]);
    expect(board.flowColumns.length + board.closedColumns.length).toBe(DEFAULT_COLUMNS.length);
    expect(board.cardsById.size).toBeGreaterThan(20);
  });
});
