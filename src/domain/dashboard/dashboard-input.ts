import type { ActionItem } from '../action-item';
import { countActionProgress } from '../action-progress';
import type { Column } from '../column';
import type { Recommendation } from '../recommendation';
import type { Workshop } from '../workshop';
import type { HistoryEntry } from './history-entry';

/**
 * What the board holds, as the dashboard reads it. Cards include archived and deleted ones
 * (flagged by archivedAt / deletedAt): the present figures leave them out (see counted-cards),
 * the history counts them for as long as they were on the board.
 */
export interface DashboardInput {
  cards: readonly DashboardCard[];
  /** Every column, deleted ones too: the history may name them. */
  columns: readonly Column[];
  workshops: readonly Workshop[];
  /** Live action items per card id (see actionItemCounts); a card not in it has none. */
  actionItemCounts: ReadonlyMap<string, number>;
  /** The whole journal, in any order. */
  journal: readonly HistoryEntry[];
  /** Today's calendar date (YYYY-MM-DD) where the person is (todayCalendarDate). */
  today: string;
}

/**
 * Which cards count: the board's current filter or saved view, as a predicate over a card.
 * It sees the card as it is now, also when the history counts that card in the past.
 */
export type CardPredicate = (card: DashboardCard) => boolean;

/**
 * A card as the figures read it: everything but its words (text, title, raised by, source),
 * which no figure counts. They were most of the board a worker is sent (10,000 cards: the
 * copy to the worker took about 400 ms of the dashboard's open).
 */
export type DashboardCard = Omit<Recommendation, 'text' | 'title' | 'raisedBy' | 'sourceLocator'>;

/** The card without its words (a new object: the board's own stays whole). */
export function dashboardCardOf(card: Recommendation): DashboardCard {
  const { text: _text, title: _title, raisedBy: _raisedBy, sourceLocator: _source, ...rest } = card;
  return rest;
}

/** Live action items per card (deleted ones left out), the count the actionable rule reads. */
export function actionItemCounts(
  items: readonly Pick<ActionItem, 'recommendationId' | 'done' | 'deletedAt'>[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [cardId, progress] of countActionProgress(items)) counts.set(cardId, progress.total);
  return counts;
}
