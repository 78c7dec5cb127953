import type { Actor } from '../domain/actor';
import type { Board } from '../domain/board';
import type { DeviceSettings } from '../repositories/device-settings-repository';
import type { Repositories } from '../repositories/repositories';
import { type BoardData, readFirstScreen } from './read-board-data';

/**
 * Everything the app's first render shows: the board's first screen and the small reads
 * around it (the actors its cards name, whether the sample workshops are there, the board
 * record and device settings the backup reminder needs). Read all at once before React
 * renders, each seeding its query (seed-startup-queries.ts), so that nothing is fetched,
 * re-rendered or pushed down by a banner appearing once the board has painted.
 */
export interface StartupData {
  board: BoardData;
  boardInfo: Board;
  userActors: Actor[];
  hasSampleData: boolean;
  deviceSettings: DeviceSettings;
}

/** No react-query here: app/board-opening.ts starts this before React has loaded. */
export async function readStartup(
  repositories: Repositories,
  boardId: string,
): Promise<StartupData> {
  const [board, boardInfo, userActors, hasSampleData, deviceSettings] = await Promise.all([
    readFirstScreen(repositories, boardId),
    repositories.boardSetup.getBoard(boardId),
    repositories.actors.list(boardId, { includeRemoved: true }),
    repositories.boardSetup.hasSampleData(boardId),
    repositories.deviceSettings.getAll(),
  ]);
  return { board, boardInfo, userActors, hasSampleData, deviceSettings };
}
