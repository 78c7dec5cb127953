import { addMonths, utcDateOf } from './calendar';
import { type ColumnLookup, isOpenKind } from './column-lookup';
import type { DashboardCard } from './dashboard-input';
import { addCard, emptyFigure, type Figure } from './figure';

export const AGE_BUCKETS = [
  'under_3_months',
  '3_to_6_months',
  '6_to_12_months',
  'over_12_months',
] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];

/**
 * How long the open cards (triage and open columns) have waited since they were recorded
 * (createdAt, as a UTC date). A card moves up a bucket on the day its age reaches 3, 6 or 12
 * calendar months: made on 15 December, it is 3 months old on 15 March. Done and closed cards
 * are not open, so they are in no bucket.
 */
export function openAge(
  cards: readonly DashboardCard[],
  columns: ColumnLookup,
  today: string,
): Record<AgeBucket, Figure> {
  const buckets = {
    under_3_months: emptyFigure(),
    '3_to_6_months': emptyFigure(),
    '6_to_12_months': emptyFigure(),
    over_12_months: emptyFigure(),
  };
  const threeMonthsAgo = addMonths(today, -3);
  const sixMonthsAgo = addMonths(today, -6);
  const yearAgo = addMonths(today, -12);
  for (const card of cards) {
    if (!isOpenKind(columns.kindOf(card.columnId))) continue;
    const created = utcDateOf(card.createdAt);
    const bucket =
      created > threeMonthsAgo
        ? buckets.under_3_months
        : created > sixMonthsAgo
          ? buckets['3_to_6_months']
          : created > yearAgo
            ? buckets['6_to_12_months']
            : buckets.over_12_months;
    addCard(bucket, card.id);
  }
  return buckets;
}
