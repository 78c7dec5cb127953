import type { z } from '../lib/zod';

/** A stored row that no longer matches its schema: a bug or a damaged database, never ignored. */
export class CorruptRowError extends Error {
  constructor(
    readonly table: string,
    readonly rowId: string,
    readonly details: string,
  ) {
    super(`Stored ${table} row ${rowId} is not valid: ${details}`);
    this.name = 'CorruptRowError';
  }
}

/** Parses a row read from Dexie with its zod schema, so the UI only ever sees valid entities. */
export function parseRow<S extends z.ZodMiniType>(
  schema: S,
  table: string,
  row: unknown,
): z.output<S> {
  const result = schema.safeParse(row);
  if (result.success) return result.data;
  const id =
    typeof row === 'object' && row !== null && 'id' in row ? String(row.id) : '(without id)';
  const details = result.error.issues
    .map((issue) => `${issue.path.join('.') || '(row)'}: ${issue.message}`)
    .join('; ');
  throw new CorruptRowError(table, id, details);
}

export function parseRows<S extends z.ZodMiniType>(
  schema: S,
  table: string,
  rows: readonly unknown[],
): z.output<S>[] {
  return rows.map((row) => parseRow(schema, table, row));
}
