import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSIONS } from '../schema-versions';

// Every migration test in this folder, by file name: a version with an upgrade and no test
// here fails the suite.
const migrationTests = Object.keys(import.meta.glob('./v*.test.ts'));

describe('schema version list', () => {
  it('is append-only: versions start at 1 and rise by one', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(
      SCHEMA_VERSIONS.map((_, index) => index + 1),
    );
  });

  it.each(SCHEMA_VERSIONS.filter((v) => v.upgrade).map((v) => v.version))(
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
