import type { Transaction } from 'dexie';
import { applyMigrator, type RowMigrator, type TableRows } from './migrations/row-migrator';
import { addSourceLocator } from './migrations/v2-source-locator';
import { journalFromActivity } from './migrations/v4-journal';
import { fillJournalDigest } from './migrations/v6-journal-digest';

/**
 * One entry per Dexie version, append-only: never edit a published entry, add a new one.
 * `stores` lists only the tables whose indexes change in that version (Dexie keeps the rest).
 * A version that changes data names its `migrator` (migrations/vN-*.ts, over plain rows; the
 * database derives its Dexie upgrade) and has a before/after test, migrations/vN.test.ts.
 * migrations/migration-coverage.test.ts runs every migrator, through Dexie and `migrateRows`.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  migrator?: RowMigrator;
  /**
   * Builds a table derived from the data (an index of ours, not data): run in the database's
   * upgrade after any migrator, never on a backup's rows, which do not carry derived tables.
   */
  derive?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      boards: 'id',
      columns: 'id, boardId',
      workshops: 'id, boardId, date',
      // [columnId+rank] reads one column in order; *stageIds and *actorIds are multi-entry
      // indexes for the filters and the dashboard counts.
      recommendations: 'id, boardId, [columnId+rank], workshopId, *stageIds, *actorIds, updatedAt',
      actionItems: 'id, recommendationId, boardId',
      progressNotes: 'id, recommendationId, boardId',
      activity: 'id, recommendationId, boardId, createdAt',
      actors: 'id, boardId',
      // Device-local state (sample data seeded, last backup): never synced.
      deviceMeta: 'key',
    },
  },
  { version: 2, stores: {}, migrator: addSourceLocator },
  {
    // Counts a column's cards without reading them: IndexedDB leaves a row out of an index
    // whose key holds null, so these two hold only the archived and the deleted cards.
    // Indexes only, no migrator: the browser builds them from the rows already stored.
    version: 3,
    stores: {
      recommendations:
        'id, boardId, [columnId+rank], workshopId, *stageIds, *actorIds, updatedAt, [columnId+archivedAt], [columnId+deletedAt]',
    },
  },
  {
    // The journal (decision 011): one entry per committed write, ordered by its time-ordered
    // id; `at` pages the activity page by date, *cardIds finds a card's history.
    version: 4,
    stores: { journal: 'id, boardId, at, *cardIds' },
    migrator: journalFromActivity,
  },
  {
    // Saved views of the board (filters, grouping, view): a new table, nothing to migrate.
    version: 5,
    stores: { savedViews: 'id, boardId' },
  },
  {
    // The journal cut to what the dashboard reads (db/journal-digest-middleware.ts), built once
    // from the journal here, then kept with every journal write. Derived: no backup carries it.
    version: 6,
    stores: { journalDigest: 'id, boardId' },
    derive: fillJournalDigest,
  },
  {
    // One copy per board of its digest, in one row (db/journal-digest-copies.ts, decision 016):
    // made by the dashboard's worker, so it starts empty. Derived: no backup carries it. An
    // upgrade bypasses the digest's middleware, so it sets no rewrite mark: a later version
    // whose upgrade rewrites the journal must clear this table too.
    version: 7,
    stores: { journalDigestCopies: 'boardId' },
  },
];

/** Tables built from others by a version's `derive`: indexes of ours, in no backup. */
export const DERIVED_TABLES: readonly string[] = ['journalDigest', 'journalDigestCopies'];

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;

/**
 * Rows stored at `fromVersion` (every table, as a backup file holds them) brought to the last
 * version by the same migrators the database runs, in order. Rows from a version newer than
 * `versions` must be refused before this: it would return them unchanged.
 */
export function migrateRows(
  fromVersion: number,
  rows: TableRows,
  versions: readonly SchemaVersion[] = SCHEMA_VERSIONS,
): TableRows {
  let migrated = rows;
  for (const { version, migrator } of versions) {
    if (version > fromVersion && migrator) migrated = applyMigrator(migrator, migrated);
  }
  return migrated;
}
