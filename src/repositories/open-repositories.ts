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
 * Opens the database. Called once by the composition root (app/board-opening.ts), which then
 * makes sure the board exists; every other layer gets the repositories.
 */
export async function openRepositories(): Promise<Repositories> {
  return createRepositories(await openDatabase());
}

/**
 * Opens the database alone: for a worker that reads what no repository of the page needs
 * (the dashboard's history, repositories/journal-history.ts), so the page's code stays
 * without it.
 */
export async function openDatabase(): Promise<RecboardDatabase> {
  const db = new RecboardDatabase();
  try {
    await db.open();
  } catch (error) {
    throw new StorageUnavailableError(error);
  }
  return db;
}
