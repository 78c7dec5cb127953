import type { Column } from './column';
import { sortByRank } from './ordering';
import type { Recommendation } from './recommendation';

export interface BoardLayout {
  /** Columns in the workflow (triage, open, done), in board order. */
  flowColumns: Column[];
  /** Closed columns, shown apart from the flow. */
  closedColumns: Column[];
  /** Card ids per column id, in rank order. */
  cardIdsByColumn: Record<string, string[]>;
  cardsById: Map<string, Recommendation>;
}

/**
 * Groups cards into their columns in one pass over the board. A card whose column is gone
 * (deleted in another tab mid-move) shows in the triage column instead of vanishing.
 */
export function layoutBoard(
  columns: readonly Column[],
  cards: readonly Recommendation[],
): BoardLayout {
  const ordered = sortByRank(columns);
  const buckets = new Map<string, Recommendation[]>(ordered.map((column) => [column.id, []]));
  const fallback = ordered.find((column) => column.kind === 'triage') ?? ordered[0];
  for (const card of cards) {
    const bucket = buckets.get(card.columnId) ?? (fallback && buckets.get(fallback.id));
    bucket?.push(card);
  }
  const cardIdsByColumn: Record<string, string[]> = {};
  for (const [columnId, bucket] of buckets) {
    cardIdsByColumn[columnId] = sortByRank(bucket).map((card) => card.id);
  }
  return {
    flowColumns: ordered.filter((column) => column.kind !== 'closed'),
    closedColumns: ordered.filter((column) => column.kind === 'closed'),
    cardIdsByColumn,
    cardsById: new Map(cards.map((card) => [card.id, card])),
  };
}
