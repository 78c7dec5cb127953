import { RecboardDatabase } from '../db/database';
import { createRepositories, type Repositories } from './repositories';

/** IndexedDB could not be opened: private mode, blocked site data, or a browser without it. */
export class StorageUnavailableError extends Error {
  constructor(cause: unknown) {
    super(
      `IndexedDB could not be opened: ${cause instanceof Error ? cause.message : String(cause)}`,
      {
        cause,
      },
    );
    this.name = 'StorageUnavailableError';
  }
}

/**
 * Opens the database and creates the board on first open.
 * Called once by the composition root; every other layer gets the repositories.
 */
export async function openRepositories(options: {
  boardId: string;
  boardName: string;
  databaseName?: string;
}): Promise<Repositories> {
  const db = new RecboardDatabase(options.databaseName);
  try {
    await db.open();
  } catch (error) {
    throw new StorageUnavailableError(error);
  }
  const repositories = createRepositories(db);
  await repositories.boardSetup.ensureBoard(options.boardId, options.boardName);
  return repositories;
}
