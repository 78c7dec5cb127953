import { describe, expect, it, type Mock, vi } from 'vitest';
import { migrateFixture } from '../../testing/migration-harness';
import { V1_BOARD } from '../../testing/v1-fixture';
import type { RecboardDatabase } from '../database';
import {
  DERIVED_TABLES,
  LATEST_SCHEMA_VERSION,
  migrateRows,
  SCHEMA_VERSIONS,
} from '../schema-versions';
import type { RowMigrator, TableRows } from './row-migrator';

// Every migration test in this folder, by file name: a version with a migrator and no test
// here fails the suite.
const migrationTests = Object.keys(import.meta.glob('./v*.test.ts'));
const withMigrator = SCHEMA_VERSIONS.filter((v) => v.migrator);

/** The version list with each migrator's `migrate` wrapped in a spy that still runs it. */
function spiedVersions() {
  const spies = new Map<number, Mock<RowMigrator['migrate']>>();
  const versions = SCHEMA_VERSIONS.map((entry) => {
    if (!entry.migrator) return entry;
    const migrate = vi.fn(entry.migrator.migrate);
    spies.set(entry.version, migrate);
    return { ...entry, migrator: { tables: entry.migrator.tables, migrate } };
  });
  return { versions, spies };
}

/**
 * Checks that each migrator ran once, in version order, on the rows the versions before it
 * left (the fixture's, for the first), and returns every table as the last of them left it.
 */
function expectEachMigratorRan(spies: Map<number, Mock<RowMigrator['migrate']>>): TableRows {
  let rows: TableRows = structuredClone(V1_BOARD) as TableRows;
  for (const { version, migrator } of withMigrator) {
    const spy = spies.get(version);
    expect(spy, `v${version}`).toHaveBeenCalledOnce();
    const input = spy?.mock.calls[0]?.[0] ?? {};
    const expected = Object.fromEntries(migrator?.tables.map((t) => [t, rows[t] ?? []]) ?? []);
    expect(input, `v${version} input`).toEqual(expected);
    // A migrator that sees no rows proves nothing: give the fixture rows of its tables.
    expect(Object.values(input).flat().length, `v${version} rows`).toBeGreaterThan(0);
    const result = spy?.mock.results[0];
    if (result?.type !== 'return') throw new Error(`v${version} did not return`);
    rows = { ...rows, ...result.value };
  }
  return rows;
}

/**
 * Every table of `db`, each in primary-key order, as `rows` has them (none where it has none).
 * Derived tables are not data (v6.test.ts checks the one there is).
 */
async function expectDatabaseHolds(db: RecboardDatabase, rows: TableRows) {
  for (const table of Object.keys(rows)) expect(db.tables.map((t) => t.name)).toContain(table);
  for (const table of db.tables.filter((t) => !DERIVED_TABLES.includes(t.name))) {
    const key = String(table.schema.primKey.keyPath);
    const keyOf = (row: unknown) => String(Object(row)[key]);
    const expected = [...(rows[table.name] ?? [])].sort((a, b) =>
      keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0,
    );
    expect(await table.toArray(), table.name).toEqual(expected);
  }
}

describe('schema version list', () => {
  it('is append-only: versions start at 1 and rise by one', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(
      SCHEMA_VERSIONS.map((_, index) => index + 1),
    );
  });

  it.each(withMigrator.map((v) => v.version))(
    'version %i has a before/after migration test',
    (version) => {
      expect(migrationTests).toContain(`./v${version}.test.ts`);
    },
  );

  it('the first version declares every table', () => {
    expect(Object.keys(SCHEMA_VERSIONS[0]?.stores ?? {}).sort()).toEqual(
      [
        'actionItems',
        'activity',
        'actors',
        'boards',
        'columns',
        'deviceMeta',
        'progressNotes',
        'recommendations',
        'workshops',
      ].sort(),
    );
  });
});

describe('every migrator, from version 1 to the latest', () => {
  it('runs in the database upgrade, which stores exactly what the migrators return', async () => {
    const { versions, spies } = spiedVersions();
    const db = await migrateFixture({ fromVersion: 1, fixture: V1_BOARD, versions });
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    await expectDatabaseHolds(db, expectEachMigratorRan(spies));
    db.close();
  });

  it('runs in migrateRows, which returns what the database upgrade stores', async () => {
    const { versions, spies } = spiedVersions();
    const migrated = migrateRows(1, structuredClone(V1_BOARD) as TableRows, versions);
    expect(migrated).toEqual(expectEachMigratorRan(spies));

    const db = await migrateFixture({ fromVersion: 1, fixture: V1_BOARD });
    await expectDatabaseHolds(db, migrated);
    db.close();
  });

  it('leaves the rows it is given unchanged', () => {
    const rows = structuredClone(V1_BOARD) as TableRows;
    for (const table of Object.values(rows)) for (const row of table) Object.freeze(row);
    expect(() => migrateRows(1, rows)).not.toThrow();
    expect(rows).toEqual(V1_BOARD);
  });
});
