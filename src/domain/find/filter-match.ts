import { isActionable } from '../actionable';
import type { ColumnKind } from '../column';
import { dueStatus } from '../due-status';
import type { Recommendation } from '../recommendation';
import type { BoardFilter, DueFilterState } from './board-filter';
import { isBlankQuery } from './search-key';

/** The fields of a card the filter reads. */
export type FilterableCard = Pick<
  Recommendation,
  | 'id'
  | 'workshopId'
  | 'stageIds'
  | 'actorIds'
  | 'leadActorId'
  | 'response'
  | 'priority'
  | 'labels'
  | 'dueDate'
  | 'gcmObjectives'
  | 'sdgTargets'
>;

/** What a card's fields do not say, given by whoever holds the rest of the board. */
export interface FilterContext {
  /** Today's calendar date (YYYY-MM-DD) where the person is: see todayCalendarDate. */
  today: string;
  /** The kind of the card's column: a done or closed card is never overdue nor due soon. */
  columnKind: ColumnKind;
  /** The card's live action items (see countLiveActionItems). */
  actionItemCount: number;
  /** What SearchIndex.search(filter.query) found; read only when the query has a word. */
  searchHits: ReadonlySet<string>;
}

let lastQuery = '';
let lastQueryIsBlank = true;

// One filter is applied to every card in turn: fold its query once, not once per card.
function queryIsBlank(query: string): boolean {
  if (query !== lastQuery) {
    lastQuery = query;
    lastQueryIsBlank = isBlankQuery(query);
  }
  return lastQueryIsBlank;
}

let lastCardIds: readonly string[] = [];
let lastCardIdSet: ReadonlySet<string> = new Set();

// A dashboard door can name thousands of cards: one set per list, not a scan per card.
function inCardIds(cardIds: readonly string[], id: string): boolean {
  if (cardIds.length === 0) return true;
  if (cardIds !== lastCardIds) {
    lastCardIds = cardIds;
    lastCardIdSet = new Set(cardIds);
  }
  return lastCardIdSet.has(id);
}

function anyOf<T>(wanted: readonly T[], has: (value: T) => boolean): boolean {
  return wanted.length === 0 || wanted.some(has);
}

function matchesDue(card: FilterableCard, wanted: DueFilterState, context: FilterContext) {
  if (wanted === 'no_due_date') return card.dueDate === null;
  return dueStatus(card.dueDate, context.columnKind, context.today) === wanted;
}

/**
 * Whether a card passes the filter: every kind that has values must hold (AND), and within a
 * kind one value is enough (OR). Kinds without values let every card through.
 */
export function matchesFilter(
  card: FilterableCard,
  filter: BoardFilter,
  context: FilterContext,
): boolean {
  const actorOf =
    filter.actorRole === 'lead'
      ? (actor: string) => card.leadActorId === actor
      : (actor: string) => card.actorIds.includes(actor) || card.leadActorId === actor;
  return (
    anyOf(filter.workshopIds, (id) => card.workshopId === id) &&
    anyOf(filter.stageIds, (stage) => card.stageIds.includes(stage)) &&
    anyOf(filter.actorIds, actorOf) &&
    anyOf(filter.responses, (response) => card.response === response) &&
    anyOf(filter.priorities, (priority) => (card.priority ?? 'none') === priority) &&
    anyOf(filter.labels, (label) => card.labels.includes(label)) &&
    anyOf(filter.dueStates, (due) => matchesDue(card, due, context)) &&
    anyOf(filter.gcmObjectives, (objective) => card.gcmObjectives.includes(objective)) &&
    anyOf(filter.sdgTargets, (target) => card.sdgTargets.includes(target)) &&
    (!filter.notActionable || !isActionable(card, context.actionItemCount)) &&
    inCardIds(filter.cardIds, card.id) &&
    (queryIsBlank(filter.query) || context.searchHits.has(card.id))
  );
}
