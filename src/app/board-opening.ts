import { DEFAULT_BOARD_ID } from '../domain/board';
import { createI18n } from '../i18n/create-i18n';
import { requestPersistentStorage } from '../lib/persistent-storage';
import { whenIdle } from '../lib/when-idle';
import { readStartup, type StartupData } from '../queries/read-startup';
import { openRepositories } from '../repositories/open-repositories';
import type { Repositories } from '../repositories/repositories';

/*
 * No React in this module or below it: main.tsx imports start-board-opening.ts first, so the
 * database starts opening before React and the rest of the app have been evaluated.
 */

export interface BoardOpening {
  repositories: Promise<Repositories>;
  /** What the first render shows (readStartup), read the moment the database is open. */
  firstRead: Promise<StartupData>;
}

let opening: BoardOpening | null = null;
let opened: Repositories | null = null;
let startup: StartupData | null = null;

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
  const firstRead = repositories
    .then((open) => readStartup(open, DEFAULT_BOARD_ID))
    .then((read) => {
      startup = read;
      return read;
    });
  // Asking the browser to keep the data is not needed for the first screen: ask after it,
  // whatever the read's outcome (a failure is not lost: the board's query shows it).
  const askToPersist = () => whenIdle(() => void requestPersistentStorage());
  firstRead.then(askToPersist, askToPersist);
  opening = { repositories, firstRead };
  return opening;
}

/** The open repositories, for the root error fallback's backup (null until open, or if it failed). */
export function openedRepositories(): Repositories | null {
  return opened;
}

/** The start-up read once in (null before), for a first render that needs no wait. */
export function startupRead(): StartupData | null {
  return startup;
}
