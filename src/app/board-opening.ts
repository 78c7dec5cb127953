import { DEFAULT_BOARD_ID } from '../domain/board';
import { createI18n } from '../i18n/create-i18n';
import { type BoardData, boardDataFromRows, readBoardData } from '../queries/read-board-data';
import { takeEarlyBoardRows } from '../repositories/early-board-rows';
import { openRepositories } from '../repositories/open-repositories';
import type { Repositories } from '../repositories/repositories';

/*
 * No React in this module or below it: main.tsx imports start-board-opening.ts first, so this
 * runs before React and the rest of the app have been evaluated. By then index.html's inline
 * script has usually read the board's rows already (db/early-read/): they are validated and
 * used while Dexie opens the database beside them.
 */

export interface BoardOpening {
  repositories: Promise<Repositories>;
  /** The board's first read: the early one if index.html made it, else one as soon as open. */
  firstRead: Promise<BoardData>;
}

let opening: BoardOpening | null = null;
let opened: Repositories | null = null;

/** Opens the database and starts reading the board, once per page however often it is asked. */
export function openBoardOnce(): BoardOpening {
  if (opening) return opening;
  const repositories = openRepositories({
    boardId: DEFAULT_BOARD_ID,
    // The name is stored once, when the board is created on the very first open.
    boardName: createI18n('en').t('board.defaultName'),
  }).then((open) => {
    opened = open;
    return open;
  });
  const firstRead = takeEarlyBoardRows().then((rows) =>
    rows
      ? boardDataFromRows(rows)
      : repositories.then((open) => readBoardData(open, DEFAULT_BOARD_ID)),
  );
  // Not a lost error: the board's query takes this promise over and shows its failure.
  firstRead.catch(() => undefined);
  opening = { repositories, firstRead };
  return opening;
}

/** The open repositories, for the root error fallback's backup (null until open, or if it failed). */
export function openedRepositories(): Repositories | null {
  return opened;
}
