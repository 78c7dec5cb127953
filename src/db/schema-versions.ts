import type { Transaction } from 'dexie';
import { addSourceLocator } from './migrations/v2-source-locator';

/**
 * One entry per Dexie version, append-only: never edit a published entry, add a new one.
 * `stores` lists only the tables whose indexes change in that version (Dexie keeps the rest).
 * Every entry with an `upgrade` needs a before/after test in migrations/ (enforced by
 * migrations/migration-coverage.test.ts).
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
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
  { version: 2, stores: {}, upgrade: addSourceLocator },
  {
    // Counts a column's cards without reading them: IndexedDB leaves a row out of an index
    // whose key holds null, so these two hold only the archived and the deleted cards.
    // Indexes only, no upgrade: the browser builds them from the rows already stored.
    version: 3,
    stores: {
      recommendations:
        'id, boardId, [columnId+rank], workshopId, *stageIds, *actorIds, updatedAt, [columnId+archivedAt], [columnId+deletedAt]',
    },
  },
];

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
