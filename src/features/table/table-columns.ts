import type { SortKey } from '../../domain/find/sort';

/** The table's columns: each is also a sort key (domain/find/sort.ts sorts by it). */
export type TableColumnId = SortKey;

/** Every column the table can show, in the order it shows them. */
export const TABLE_COLUMNS: readonly TableColumnId[] = [
  'title',
  'column',
  'response',
  'priority',
  'dueDate',
  'leadActor',
  'workshop',
  'updatedAt',
];

/** The columns a person can change in place; the rest open the card editor or only show. */
export const EDITABLE_COLUMNS: ReadonlySet<TableColumnId> = new Set([
  'column',
  'response',
  'priority',
  'dueDate',
  'leadActor',
]);

/** Shown only when chosen: the rest is what a table shows before anyone chooses. */
const SHOWN_ON_REQUEST: ReadonlySet<TableColumnId> = new Set(['workshop', 'updatedAt']);

export const DEFAULT_COLUMNS: readonly TableColumnId[] = TABLE_COLUMNS.filter(
  (column) => !SHOWN_ON_REQUEST.has(column),
);

/** The title names each row, so it is always shown, and first. */
export const FIXED_COLUMN: TableColumnId = 'title';

function isTableColumn(id: string): id is TableColumnId {
  return (TABLE_COLUMNS as readonly string[]).includes(id);
}

/**
 * The columns to show from what this device remembered: unknown ids (from an older or newer
 * version) are dropped, the title is always in, and the table's order is kept whatever the
 * stored order. Nothing stored means the defaults.
 */
export function shownColumns(stored: readonly string[] | null): TableColumnId[] {
  if (stored === null) return [...DEFAULT_COLUMNS];
  const wanted = new Set(stored.filter(isTableColumn));
  wanted.add(FIXED_COLUMN);
  return TABLE_COLUMNS.filter((id) => wanted.has(id));
}

/** Each column's width: the title takes what is left, never under 18rem (a phone scrolls). */
const WIDTHS: Record<TableColumnId, string> = {
  title: 'minmax(18rem, 1fr)',
  column: '11rem',
  response: '10rem',
  priority: '9rem',
  dueDate: '10rem',
  leadActor: '9rem',
  workshop: '14rem',
  updatedAt: '11rem',
};

/** The CSS grid template shared by the header row and every row. */
export function gridTemplate(columns: readonly TableColumnId[]): string {
  return columns.map((column) => WIDTHS[column]).join(' ');
}
