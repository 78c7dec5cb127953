import type { RecboardDatabase } from '../db/database';
import { type SnapshotData, SnapshotDataSchema } from '../domain/snapshot';

/**
 * Writes many rows at once: the path every import takes. The rows are validated with zod
 * before anything is written, and written in one transaction, so a bad file changes nothing.
 */
export function createBulkWriteRepository(db: RecboardDatabase) {
  return {
    async writeAll(input: unknown): Promise<SnapshotData> {
      const data = SnapshotDataSchema.parse(input);
      const tables = [
        db.boards,
        db.columns,
        db.workshops,
        db.recommendations,
        db.actionItems,
        db.progressNotes,
        db.activity,
        db.actors,
      ] as const;
      await db.transaction('rw', tables, async () => {
        await db.boards.bulkPut(data.boards);
        await db.columns.bulkPut(data.columns);
        await db.workshops.bulkPut(data.workshops);
        await db.recommendations.bulkPut(data.recommendations);
        await db.actionItems.bulkPut(data.actionItems);
        await db.progressNotes.bulkPut(data.progressNotes);
        await db.activity.bulkPut(data.activity);
        await db.actors.bulkPut(data.actors);
      });
      return data;
    },
  };
}
