import { DEFAULT_BOARD_ID } from '../domain/board';
import { createI18n } from '../i18n/create-i18n';
import { requestPersistentStorage } from '../lib/persistent-storage';
import { whenIdle } from '../lib/when-idle';
import { readStartup, type StartupData } from '../queries/read-startup';
import { openRepositories } from '../repositories/open-repositories';
import type { Repositories } from '../repositories/repositories';
import { guardUnsavedWrites } from './unsaved-writes-guard';

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
  const database = openRepositories();
  // From the first write on (ensureBoard may write the sample board), leaving asks first; a
  // failed open is reported by the repositories' promise below.
  void database.then(
    (open) => guardUnsavedWrites(open.journal.onPendingChange),
    () => {},
  );
  // The name is stored once, when the board is created on the very first open.
  const boardName = createI18n('en').t('board.defaultName');
  const ensured = database.then((open) => open.boardSetup.ensureBoard(DEFAULT_BOARD_ID, boardName));
  const repositories = Promise.all([database, ensured]).then(([open]) => {
    opened = open;
    return open;
  });
  const firstRead = database
    .then((open) => readOnceTheBoardExists(open, ensured))
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

/**
 * The start-up read, begun while ensureBoard checks that the board exists rather than after:
 * on every open but the very first it does, and the read saves that round trip. When the
 * board has just been created, the early read may have missed it (or failed on its absence):
 * it is read again.
 */
async function readOnceTheBoardExists(
  open: Repositories,
  ensured: Promise<{ created: boolean }>,
): Promise<StartupData> {
  const early = readStartup(open, DEFAULT_BOARD_ID).catch(() => null);
  const { created } = await ensured;
  const read = created ? null : await early;
  return read ?? readStartup(open, DEFAULT_BOARD_ID);
}

/** The open repositories, for the root error fallback's backup (null until open, or if failed). */
export function openedRepositories(): Repositories | null {
  return opened;
}

/** The start-up read once in (null before), for a first render that needs no wait. */
export function startupRead(): StartupData | null {
  return startup;
}
