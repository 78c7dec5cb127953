import type { Transaction } from 'dexie';
import type { RowMigrator, TableRows } from './row-migrator';

/**
 * The Dexie upgrade of a version with a migrator: read its tables inside the upgrade
 * transaction, migrate, then replace each table it returns. Holding whole tables in memory is
 * fine at this app's size (a board of 10,000 cards is a few megabytes), and an upgrade that
 * throws aborts the transaction, leaving the database at its old version.
 */
export function dexieUpgrade(migrator: RowMigrator): (tx: Transaction) => Promise<void> {
  return async (tx) => {
    const input: TableRows = {};
    for (const table of migrator.tables) input[table] = await tx.table(table).toArray();
    for (const [table, rows] of Object.entries(migrator.migrate(input))) {
      await tx.table(table).clear();
      await tx.table(table).bulkAdd(rows);
    }
  };
}
