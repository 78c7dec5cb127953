import type { BoardFilter } from '../find/board-filter';
import { matchesFilter } from '../find/filter-match';
import { columnLookup } from './column-lookup';
import { isOnBoard } from './counted-cards';
import type { Dashboard } from './dashboard';
import type { CardPredicate, DashboardCard, DashboardInput } from './dashboard-input';
import type { PeriodUnit } from './periods';

/**
 * The board as the page sends it to the dashboard's worker, without the day and the journal: the
 * worker reads the journal itself (its digest, decision 014) and keeps both between requests.
 */
export type DashboardSource = Omit<DashboardInput, 'today' | 'journal'>;

/**
 * A new read of the board, as it travels: every card's id in the board's order, and only the
 * cards the worker was not sent as they are now. Copying 10,000 cards to the worker was about
 * a third of the page's work in opening the dashboard; a card the last read shared with this
 * one (a patched board shares every unchanged card) has not changed, and stays where it is.
 */
export interface DashboardSourceUpdate extends Omit<DashboardSource, 'cards'> {
  cardIds: readonly string[];
  /** Cards new to the worker or changed since it was sent them. */
  changedCards: readonly DashboardCard[];
}

/** A read whose every card travels (the worker holds none of them yet). */
export function wholeSourceUpdate(source: DashboardSource): DashboardSourceUpdate {
  const { cards, ...rest } = source;
  return { ...rest, cardIds: cards.map((card) => card.id), changedCards: cards };
}

/**
 * What the screen asks a worker for. `source` travels only when it changed since the last
 * request (its `sourceVersion` tells), as copying 10,000 cards costs more
 * than the figures that change with the filter.
 */
export interface DashboardRequest {
  /** The board whose journal the worker reads, with each new source. */
  boardId: string;
  source?: DashboardSourceUpdate;
  sourceVersion: number;
  today: string;
  /** The current filter, or null when it lets every card through. */
  filter: BoardFilter | null;
  /**
   * With a text search: the board's cards the board itself shows for the filter, so the
   * figures count exactly the cards the board does (the search index is the board's). Null
   * without one: every card is asked the filter here, as the board asks it (matchesFilter).
   * Archived and deleted cards are not on the board: they pass the filter without its text
   * search, which indexes only the board.
   */
  shownIds: readonly string[] | null;
  unit: PeriodUnit;
  since?: string;
}

/**
 * What the page posts the dashboard's worker: a request for figures; as the dashboard opens,
 * the board whose journal to start reading while the page reads the board; or, once the board
 * is read, the board whose journal to read once so that its copy is kept up to date (nothing
 * of that read is kept for the figures, which a later write would leave behind); or cards of
 * the board sent ahead.
 */
export type DashboardWorkerRequest =
  | DashboardRequest
  | { readAhead: string }
  | { warm: string }
  /** Cards sent ahead, a few at a time, so that opening the dashboard sends few (primeCards). */
  | { cards: readonly DashboardCard[] }
  /** Every card has been sent ahead: make their histories while the page is idle. */
  | { historyAhead: string }
  /** The cards behind one number of the cumulative flow (its figures hold counts only). */
  | { flowCell: FlowCellRequest };

/**
 * The figures as the worker answers them, with a token for the flow they hold: the cards of a
 * cell of that flow are read from the histories the worker drew it from (FlowCellRequest).
 */
export type WorkerDashboard = Dashboard & { flowToken: number };

/** One cell of the flow of the figures `flowToken` names: a column at a period's end. */
export interface FlowCellRequest {
  flowToken: number;
  periodIndex: number;
  columnId: string;
}

const NO_HITS: ReadonlySet<string> = new Set();

/** The filter as a predicate over every card the dashboard reads, on the board or not. */
export function requestPredicate(
  source: Pick<DashboardSource, 'columns' | 'actionItemCounts'>,
  request: Pick<DashboardRequest, 'filter' | 'shownIds' | 'today'>,
): CardPredicate | undefined {
  const { filter, shownIds, today } = request;
  if (filter === null) return undefined;
  const shown = shownIds === null ? null : new Set(shownIds);
  const columns = columnLookup(source.columns);
  return (card) =>
    shown !== null && isOnBoard(card)
      ? shown.has(card.id)
      : matchesFilter(card, filter, {
          today,
          columnKind: columns.kindOf(card.columnId),
          actionItemCount: source.actionItemCounts.get(card.id) ?? 0,
          searchHits: NO_HITS,
        });
}
