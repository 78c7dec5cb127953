import type { Lane } from '../../domain/find/lanes';
import {
  type CardSort,
  type SortableCard,
  type SortContext,
  sortCards,
} from '../../domain/find/sort';

/** A row of the table: a lane's heading when grouped, or a card (in that lane). */
export type TableRow =
  | { kind: 'lane'; key: string; count: number; collapsed: boolean }
  | { kind: 'card'; id: string; laneKey: string };

export interface TableRowsInput<C extends SortableCard & { id: string }> {
  /** The lanes the board shows (useVisible), in order; one lane when not grouped. */
  lanes: readonly Lane[];
  /** Column ids in board order: unsorted, a lane's cards come column by column, by rank. */
  columnOrder: readonly string[];
  grouped: boolean;
  collapsedLanes: readonly string[];
  cardsById: ReadonlyMap<string, C>;
  sort: CardSort | null;
  sortContext: SortContext;
  /**
   * Each card's place in `sort`, when a worker has sorted the whole board (useSortRanks):
   * then a lane is ordered by these instead of being sorted here.
   */
  ranks?: ReadonlyMap<string, number>;
}

/**
 * The table's rows: the same cards and lanes as the board. Grouped, each lane is a heading
 * row followed by its cards (none when folded), so a card in two lanes shows in both, as on
 * the board; the sort orders the cards within each lane. Unsorted, cards keep board order.
 */
export function tableRows<C extends SortableCard & { id: string }>(
  input: TableRowsInput<C>,
): TableRow[] {
  const rows: TableRow[] = [];
  const collapsed = new Set(input.collapsedLanes);
  for (const lane of input.lanes) {
    const folded = input.grouped && collapsed.has(lane.key);
    if (input.grouped) {
      rows.push({ kind: 'lane', key: lane.key, count: lane.count, collapsed: folded });
    }
    if (folded) continue;
    const cards: C[] = [];
    for (const columnId of input.columnOrder) {
      for (const id of lane.cardIdsByColumn[columnId] ?? []) {
        const card = input.cardsById.get(id);
        if (card) cards.push(card);
      }
    }
    const ordered = !input.sort
      ? cards
      : input.ranks
        ? byRank(cards, input.ranks)
        : sortCards(cards, input.sort, input.sortContext);
    for (const card of ordered) rows.push({ kind: 'card', id: card.id, laneKey: lane.key });
  }
  return rows;
}

/**
 * Cards in the order of their ranks; a card with none (changed since the sort) goes last.
 * Stable, so equal ranks keep the lane's board order as the sort itself does.
 */
function byRank<C extends { id: string }>(cards: C[], ranks: ReadonlyMap<string, number>): C[] {
  // Each rank looked up once, not twice per comparison.
  const ranked = cards.map((card) => ({ card, rank: ranks.get(card.id) ?? Infinity }));
  ranked.sort((a, b) => (a.rank === b.rank ? 0 : a.rank < b.rank ? -1 : 1));
  return ranked.map(({ card }) => card);
}

/** A row's React key: a card in two lanes is two rows. */
export function rowKey(row: TableRow): string {
  return row.kind === 'lane' ? `lane:${row.key}` : `${row.laneKey}:${row.id}`;
}
