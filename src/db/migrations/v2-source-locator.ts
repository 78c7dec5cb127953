import type { Transaction } from 'dexie';

/**
 * v2: every recommendation records where in its source document it was made ("p. 3, open
 * discussion, bullet 4"), so minutes and reports can cite it. Rows from v1 get an empty
 * locator; their other fields are left exactly as they were.
 */
export async function addSourceLocator(tx: Transaction): Promise<void> {
  await tx
    .table('recommendations')
    .toCollection()
    .modify((rec: { sourceLocator?: unknown }) => {
      if (typeof rec.sourceLocator !== 'string') rec.sourceLocator = '';
    });
}
