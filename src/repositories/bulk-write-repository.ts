import type { RecboardDatabase } from '../db/database';
import { type SnapshotData, SnapshotDataSchema } from '../domain/snapshot';
import { putSnapshotRows, snapshotTables } from './snapshot-tables';

/**
 * Writes many rows at once: the path every import takes. The rows are validated with zod
 * before anything is written, and written in one transaction, so a bad file changes nothing.
 */
export function createBulkWriteRepository(db: RecboardDatabase) {
  return {
    async writeAll(input: unknown): Promise<SnapshotData> {
      const data = SnapshotDataSchema.parse(input);
      await db.transaction('rw', snapshotTables(db), () => putSnapshotRows(db, data));
      return data;
    },
  };
}
