import type { RecboardDatabase } from '../db/database';
import { type SnapshotData, SnapshotDataSchema } from '../domain/snapshot';
import { label } from './action-label';
import type { JournalWriter } from './journal-writer';
import { putSnapshotRows } from './snapshot-tables';

/**
 * Writes many rows at once: the path every import takes. The rows are validated with zod
 * before anything is written, and written in one journaled transaction, so a bad file changes
 * nothing and a good one is one undo step.
 */
export function createBulkWriteRepository(db: RecboardDatabase, writer: JournalWriter) {
  return {
    async writeAll(input: unknown): Promise<SnapshotData> {
      const data = SnapshotDataSchema.parse(input);
      return writer.run(async () => {
        await putSnapshotRows(db, data);
        const count = data.recommendations.length;
        return { result: data, action: label('board.imported', { count }) };
      });
    },
  };
}
