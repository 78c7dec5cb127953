import { RecboardDatabase } from '../db/database';
import type { SchemaVersion } from '../db/schema-versions';
import { DEFAULT_BOARD_ID } from '../domain/board';
import { newId } from '../lib/ids';
import { createRepositories, type Repositories } from '../repositories/repositories';

/** A fresh, uniquely named fake-indexeddb database, so tests never see each other's rows. */
export function createTestDatabase(versions?: readonly SchemaVersion[]): RecboardDatabase {
  return new RecboardDatabase(`recboard-test-${newId()}`, versions);
}

export interface TestBoard {
  db: RecboardDatabase;
  repositories: Repositories;
  boardId: string;
}

/** A database with the default board created (columns and sample data), as on first open. */
export async function createTestBoard(): Promise<TestBoard> {
  const db = createTestDatabase();
  const repositories = createRepositories(db);
  await repositories.boardSetup.ensureBoard(DEFAULT_BOARD_ID, 'Test board');
  return { db, repositories, boardId: DEFAULT_BOARD_ID };
}
