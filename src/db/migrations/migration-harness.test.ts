import { describe, expect, it } from 'vitest';
import { migrateFixture } from '../../testing/migration-harness';
import { SCHEMA_VERSIONS, type SchemaVersion } from '../schema-versions';

/**
 * The harness itself, proven on a throwaway second version: rows written at v1 must reach the
 * migrator and come out transformed, with the rest of the database intact.
 */
describe('migration harness', () => {
  const v1 = SCHEMA_VERSIONS.filter((v) => v.version === 1);
  const rehearsal: SchemaVersion[] = [
    ...v1,
    {
      version: 2,
      stores: {},
      migrator: {
        tables: ['columns'],
        migrate: ({ columns = [] }) => ({
          columns: columns.map((column) => ({ ...Object(column), name: 'TO TRIAGE' })),
        }),
      },
    },
  ];

  it('runs a migrator over rows written at the earlier version', async () => {
    const db = await migrateFixture({
      fromVersion: 1,
      versions: rehearsal,
      fixture: {
        columns: [{ id: 'c1', boardId: 'b', name: 'To triage' }],
        deviceMeta: [{ key: 'k', value: 1 }],
      },
    });
    expect(db.verno).toBe(2);
    expect(await db.columns.get('c1')).toEqual({ id: 'c1', boardId: 'b', name: 'TO TRIAGE' });
    expect(await db.deviceMeta.get('k')).toEqual({ key: 'k', value: 1 });
    db.close();
  });
});
