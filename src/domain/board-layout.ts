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
  /** Read-only: a write makes a new map of what it changed (see withChanges). */
  cardsById: ReadonlyMap<string, Recommendation>;
  /**
   * How many cards each column holds on the whole board. While only the first screen is read
   * this is more than `cardIdsByColumn` lists; the headers, set sizes and thresholds use it.
   */
  cardCountByColumn: Record<string, number>;
  /** False while some column's cards are not all read yet (see readFirstScreen). */
  complete: boolean;
}

/**
 * Groups cards into their columns in one pass over the board. A card whose column is gone
 * (deleted in another tab mid-move) shows in the triage column instead of vanishing.
 *
 * Given `counts`, the cards are only each column's first ones (the first screen) and the
 * counts say how many the whole board holds; without, the cards are the whole board.
 */
export function layoutBoard(
  columns: readonly Column[],
  cards: readonly Recommendation[],
  counts?: Readonly<Record<string, number>>,
): BoardLayout {
  const ordered = sortByRank(columns);
  const buckets = new Map<string, Recommendation[]>(ordered.map((column) => [column.id, []]));
  const fallback = ordered.find((column) => column.kind === 'triage') ?? ordered[0];
  for (const card of cards) {
    const bucket = buckets.get(card.columnId) ?? (fallback && buckets.get(fallback.id));
    bucket?.push(card);
  }
  const cardIdsByColumn: Record<string, string[]> = {};
  const cardCountByColumn: Record<string, number> = {};
  for (const [columnId, bucket] of buckets) {
    cardIdsByColumn[columnId] = sortByRank(bucket).map((card) => card.id);
    cardCountByColumn[columnId] = Math.max(bucket.length, counts?.[columnId] ?? 0);
  }
  return {
    flowColumns: ordered.filter((column) => column.kind !== 'closed'),
    closedColumns: ordered.filter((column) => column.kind === 'closed'),
    cardIdsByColumn,
    cardsById: new Map(cards.map((card) => [card.id, card])),
    cardCountByColumn,
    // A first screen that holds every card of every column is the whole board.
    complete: Object.entries(cardIdsByColumn).every(
      ([columnId, ids]) => ids.length === cardCountByColumn[columnId],
    ),
  };
}

/** Every card the board holds, whether or not it has been read yet. */
export function boardCardCount(layout: BoardLayout): number {
  let total = 0;
  for (const count of Object.values(layout.cardCountByColumn)) total += count;
  return total;
}
