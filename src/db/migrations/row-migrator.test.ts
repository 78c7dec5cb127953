import { describe, expect, it } from 'vitest';
import { migrateFixture } from '../../testing/migration-harness';
import { migrateRows, SCHEMA_VERSIONS, type SchemaVersion } from '../schema-versions';
import type { RowMigrator } from './row-migrator';

/**
 * A rehearsal migrator that uses every part of the contract: it rewrites a table it reads,
 * fills one it does not read, and reads one it leaves out of its result.
 */
const rehearsal: RowMigrator = {
  tables: ['columns', 'actors'],
  migrate: ({ columns = [], actors = [] }) => ({
    columns: columns.map((column) => ({ ...Object(column), wipLimit: 5 })),
    deviceMeta: [{ key: 'actorsSeen', value: actors.length }],
  }),
};
const versions: SchemaVersion[] = [
  ...SCHEMA_VERSIONS.filter((v) => v.version === 1),
  { version: 2, stores: {}, migrator: rehearsal },
];
const fixture = {
  columns: [{ id: 'c1', name: 'To triage', wipLimit: null }],
  actors: [{ id: 'a1', name: 'NGO' }],
  deviceMeta: [{ key: 'lastBackupAt', value: null }],
  workshops: [{ id: 'w1', title: 'Workshop' }],
};
const after = {
  columns: [{ id: 'c1', name: 'To triage', wipLimit: 5 }],
  actors: [{ id: 'a1', name: 'NGO' }],
  deviceMeta: [{ key: 'actorsSeen', value: 1 }],
  workshops: [{ id: 'w1', title: 'Workshop' }],
};

describe('a row migrator', () => {
  it('replaces the tables it returns and keeps the others, over plain rows', () => {
    expect(migrateRows(1, fixture, versions)).toEqual(after);
  });

  it('does the same as the Dexie upgrade derived from it', async () => {
    const db = await migrateFixture({ fromVersion: 1, fixture, versions });
    for (const [table, rows] of Object.entries(after)) {
      expect(await db.table(table).toArray(), table).toEqual(rows);
    }
    db.close();
  });

  it('runs only for versions after the one the rows were stored at', () => {
    expect(migrateRows(2, fixture, versions)).toEqual(fixture);
  });
});
