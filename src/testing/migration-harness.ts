import { RecboardDatabase } from '../db/database';
import { SCHEMA_VERSIONS, type SchemaVersion } from '../db/schema-versions';
import { createTestDatabase } from './test-database';

export type Fixture = Record<string, readonly object[]>;

/**
 * Writes `fixture` into a database opened at `fromVersion`, closes it, then reopens the same
 * database with every version up to `toVersion` (default: the latest) so Dexie runs the
 * upgrades exactly as it would in a user's browser. Returns the upgraded database.
 */
export async function migrateFixture(options: {
  fromVersion: number;
  fixture: Fixture;
  versions?: readonly SchemaVersion[];
  toVersion?: number;
}): Promise<RecboardDatabase> {
  const versions = options.versions ?? SCHEMA_VERSIONS;
  const toVersion = options.toVersion ?? Math.max(...versions.map((v) => v.version));
  const before = createTestDatabase(versions.filter((v) => v.version <= options.fromVersion));
  await before.open();
  await before.transaction('rw', before.tables, async () => {
    for (const [table, rows] of Object.entries(options.fixture)) {
      await before.table(table).bulkAdd([...rows]);
    }
  });
  const name = before.name;
  before.close();
  const after = new RecboardDatabase(
    name,
    versions.filter((v) => v.version <= toVersion),
  );
  await after.open();
  return after;
}
