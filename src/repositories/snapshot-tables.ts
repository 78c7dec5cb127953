import type { RecboardDatabase } from '../db/database';
import type { SnapshotData } from '../domain/snapshot';

/**
 * The synced tables and the journal, in the order a snapshot lists them: the scope of every
 * journaled write and of a backup. Device-only state is left out.
 */
export function snapshotTables(db: RecboardDatabase) {
  return [
    db.boards,
    db.columns,
    db.workshops,
    db.recommendations,
    db.actionItems,
    db.progressNotes,
    db.journal,
    db.actors,
    db.savedViews,
  ] as const;
}

/** Every row of every synced table and the journal. Call inside a transaction. */
export async function readSnapshotRows(
  db: RecboardDatabase,
): Promise<Record<keyof SnapshotData, unknown[]>> {
  return {
    boards: await db.boards.toArray(),
    columns: await db.columns.toArray(),
    workshops: await db.workshops.toArray(),
    recommendations: await db.recommendations.toArray(),
    actionItems: await db.actionItems.toArray(),
    progressNotes: await db.progressNotes.toArray(),
    journal: await db.journal.toArray(),
    actors: await db.actors.toArray(),
    savedViews: await db.savedViews.toArray(),
  };
}

/**
 * Puts validated rows into every table of a snapshot, the journal's too: for a database that
 * has none of them (the bench's plain baseline). A write into a board that may hold them adds
 * only the journal entries it lacks, the journal being insert-only (bulk-write-repository).
 * Call inside a rw transaction over them.
 */
export async function putSnapshotRows(db: RecboardDatabase, data: SnapshotData): Promise<void> {
  await db.boards.bulkPut(data.boards);
  await db.columns.bulkPut(data.columns);
  await db.workshops.bulkPut(data.workshops);
  await db.recommendations.bulkPut(data.recommendations);
  await db.actionItems.bulkPut(data.actionItems);
  await db.progressNotes.bulkPut(data.progressNotes);
  await db.journal.bulkPut(data.journal);
  await db.actors.bulkPut(data.actors);
  await db.savedViews.bulkPut(data.savedViews);
}
