import type { Column, ColumnKind } from '../column';
import { sortByRank } from '../ordering';

/**
 * The board's columns as the figures need them: live columns in board order, and the kind of
 * any column a card or the history names (deleted ones too). A column nobody knows counts as
 * 'open': a card always sits in some column, and one of unknown kind is neither done nor closed.
 */
export interface ColumnLookup {
  /** Live columns' ids, in board order. */
  order: string[];
  kindOf(columnId: string): ColumnKind;
}

export function columnLookup(columns: readonly Column[]): ColumnLookup {
  const kinds = new Map<string, ColumnKind>();
  for (const column of columns) kinds.set(column.id, column.kind);
  return {
    order: sortByRank(columns.filter((column) => column.deletedAt === null)).map(({ id }) => id),
    kindOf: (columnId) => kinds.get(columnId) ?? 'open',
  };
}

/** The column ids to show: the board's order, then any other id the cards name, once each. */
export function columnsShown(order: readonly string[], named: Iterable<string>): string[] {
  const shown = [...order];
  const seen = new Set(order);
  for (const id of named) {
    if (!seen.has(id)) {
      seen.add(id);
      shown.push(id);
    }
  }
  return shown;
}

/** Whether a column counts as still open: new (triage) or being implemented (open). */
export function isOpenKind(kind: ColumnKind): boolean {
  return kind === 'triage' || kind === 'open';
}
