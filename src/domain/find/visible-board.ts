import type { Column } from '../column';
import type { Recommendation } from '../recommendation';
import type { Workshop } from '../workshop';
import type { BoardFilter } from './board-filter';
import { isEmptyFilter } from './filter-chips';
import { matchesFilter } from './filter-match';
import { ALL_LANE, type GroupBy, type Lane, laneBuilder } from './lanes';
import { isBlankQuery } from './search-key';

export interface VisibleBoardInput {
  /** Every column, in board order (the flow, then the closed ones). */
  columns: readonly Column[];
  /** Card ids per column, in rank order: the whole board. */
  cardIdsByColumn: Readonly<Record<string, readonly string[]>>;
  cardsById: ReadonlyMap<string, Recommendation>;
  filter: BoardFilter;
  groupBy: GroupBy;
  today: string;
  /** Live action items per card (for "not yet actionable"). */
  actionItemCount: (cardId: string) => number;
  /** The text search's hits; ignored while the filter's query is blank. */
  searchHits: ReadonlySet<string>;
  workshops?: readonly Pick<Workshop, 'id' | 'date'>[];
  actorIds?: readonly string[];
}

export interface VisibleBoard {
  /** One lane (ALL_LANE) when not grouped; each lane's card ids per column, in rank order. */
  lanes: Lane[];
  /** Cards that pass the filter: each once, even when it shows in several lanes. */
  matched: number;
  /** Cards on the board. */
  total: number;
}

/** Small vocabularies show every lane, empty ones too, so a card can be dropped into any. */
const ALL_LANES: ReadonlySet<GroupBy> = new Set(['stage', 'priority', 'response']);

/**
 * What the board shows for a view: the cards that pass the filter, in board order, grouped
 * into lanes across the status columns. One pass over the board; with no filter, no card is
 * tested at all. `previous` is the last result for the same board: a column whose cards are
 * the same keeps its list, so only the columns a keystroke changed render again.
 */
export function visibleBoard(input: VisibleBoardInput, previous?: VisibleBoard): VisibleBoard {
  const everyCard = isEmptyFilter(input.filter);
  if (everyCard && input.groupBy === 'none') return wholeBoard(input);
  const passes = everyCard ? () => true : cardTest(input);
  if (input.groupBy === 'none') return filteredBoard(input, passes, previous);
  const lanes = laneBuilder(input.groupBy, input.columns, {
    workshops: input.workshops,
    actorIds: input.actorIds,
    includeEmpty: ALL_LANES.has(input.groupBy),
  });
  let total = 0;
  let matched = 0;
  input.columns.forEach((column, position) => {
    for (const id of input.cardIdsByColumn[column.id] ?? NO_IDS) {
      const card = input.cardsById.get(id);
      if (!card) continue;
      total += 1;
      // A card shows in the column it is listed in (a card whose column is gone, in triage).
      if (passes(card, column)) {
        matched += 1;
        lanes.add(card, position);
      }
    }
  });
  return { lanes: lanes.done(), matched, total };
}

type CardTest = (card: Recommendation, column: Column) => boolean;

/**
 * The filter as a test of one card. A text search alone asks only the search's hits (typing
 * is the filter changed most often, key by key); the action-item count is looked up only for
 * the "not yet actionable" filter, the one that reads it.
 */
function cardTest(input: VisibleBoardInput): CardTest {
  const { filter, searchHits, today } = input;
  if (!isBlankQuery(filter.query) && isEmptyFilter({ ...filter, query: '' })) {
    return (card) => searchHits.has(card.id);
  }
  return (card, column) =>
    matchesFilter(card, filter, {
      today,
      columnKind: column.kind,
      actionItemCount: filter.notActionable ? input.actionItemCount(card.id) : 0,
      searchHits,
    });
}

/** A filter without grouping: one lane, each column's cards that pass, in rank order. */
function filteredBoard(
  input: VisibleBoardInput,
  passes: CardTest,
  previous: VisibleBoard | undefined,
): VisibleBoard {
  const before = previous?.lanes.length === 1 ? previous.lanes[0] : undefined;
  const cardIdsByColumn: Record<string, readonly string[]> = {};
  let total = 0;
  let matched = 0;
  for (const column of input.columns) {
    const shown: string[] = [];
    for (const id of input.cardIdsByColumn[column.id] ?? NO_IDS) {
      const card = input.cardsById.get(id);
      if (!card) continue;
      total += 1;
      if (passes(card, column)) shown.push(id);
    }
    matched += shown.length;
    const kept = before?.cardIdsByColumn[column.id];
    cardIdsByColumn[column.id] = kept && sameIds(kept, shown) ? kept : shown;
  }
  return { lanes: [{ key: ALL_LANE, cardIdsByColumn, count: matched }], matched, total };
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

const NO_IDS: readonly string[] = [];

/**
 * No filter, no grouping: one lane holding the board's own lists, as they are. A write that
 * changed two columns then changes two lists, and only those columns render again (building
 * new lists for every column cost 50-60 ms and a render of every column at 10,000 cards).
 */
function wholeBoard(input: VisibleBoardInput): VisibleBoard {
  const cardIdsByColumn: Record<string, readonly string[]> = {};
  let total = 0;
  for (const column of input.columns) {
    const ids = input.cardIdsByColumn[column.id] ?? NO_IDS;
    cardIdsByColumn[column.id] = ids;
    total += ids.length;
  }
  return { lanes: [{ key: ALL_LANE, cardIdsByColumn, count: total }], matched: total, total };
}
