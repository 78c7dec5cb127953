import type { RowMigrator } from './row-migrator';

/**
 * v2: every recommendation records where in its source document it was made ("p. 3, open
 * discussion, bullet 4"), so minutes and reports can cite it. Rows from v1 get an empty
 * locator; their other fields are left exactly as they were.
 */
export const addSourceLocator: RowMigrator = {
  tables: ['recommendations'],
  migrate: ({ recommendations = [] }) => ({ recommendations: recommendations.map(withLocator) }),
};

function withLocator(row: unknown): unknown {
  if (typeof row !== 'object' || row === null) return row;
  if ('sourceLocator' in row && typeof row.sourceLocator === 'string') return row;
  return { ...row, sourceLocator: '' };
}
