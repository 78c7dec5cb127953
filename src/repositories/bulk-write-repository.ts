import type { RecboardDatabase } from '../db/database';
import { type SnapshotData, SnapshotDataSchema } from '../domain/snapshot';
import { label } from './action-label';
import type { JournalWriter } from './journal-writer';
import { putSnapshotRows } from './snapshot-tables';

/**
 * Writes a whole board's rows at once, as tests and the bench fill a database (a person's
 * imports go through snapshot-import-repository, in chunks with progress). The rows are
 * validated with zod before anything is written, and written in one journaled transaction, so
 * bad data changes nothing and good data is one undo step. The journal is insert-only: an
 * entry the database already has is kept as it is, never written over.
 */
export function createBulkWriteRepository(db: RecboardDatabase, writer: JournalWriter) {
  return {
    async writeAll(input: unknown): Promise<SnapshotData> {
      const data = SnapshotDataSchema.parse(input);
      return writer.run(async () => {
        await putSnapshotRows(db, { ...data, journal: [] });
        const held = await db.journal.bulkGet(data.journal.map((entry) => entry.id));
        await db.journal.bulkAdd(data.journal.filter((_, index) => held[index] === undefined));
        const count = data.recommendations.length;
        return { result: data, action: label('board.imported', { count }) };
      });
    },
  };
}
