/** Rows by table name, as a database upgrade reads them or a backup file carries them. */
export type TableRows = Record<string, unknown[]>;

/**
 * A schema version's data change, written over plain rows so the same code upgrades the
 * database (schema-versions.ts derives the Dexie upgrade) and, later, an old backup file.
 * Pure: it must not mutate its input. It receives the rows of `tables` (an empty list for a
 * table with none) and returns the full new contents of every table it writes, which may
 * include a table it does not read (a new one it fills); a table it leaves out is kept as it was.
 */
export interface RowMigrator {
  tables: readonly string[];
  migrate(rows: TableRows): TableRows;
}

/** Every table of `rows` after `migrator`: what it returns replaces, the rest is kept. */
export function applyMigrator(migrator: RowMigrator, rows: TableRows): TableRows {
  const input: TableRows = {};
  for (const table of migrator.tables) input[table] = rows[table] ?? [];
  return { ...rows, ...migrator.migrate(input) };
}
