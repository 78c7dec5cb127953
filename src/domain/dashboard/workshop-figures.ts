import { isActionable } from '../actionable';
import type { Workshop } from '../workshop';
import { epochDay, utcDateOf } from './calendar';
import { type ColumnLookup, isOpenKind } from './column-lookup';
import type { DashboardCard } from './dashboard-input';
import { addCard, emptyFigure, type Figure, share } from './figure';

/** The open card that has waited longest, and for how many days since it was recorded. */
export interface OldestOpen {
  cardId: string;
  ageDays: number;
}

export interface WorkshopFigures {
  /** null: the cards that came from no workshop. */
  workshopId: string | null;
  cards: Figure;
  implemented: Figure;
  actionable: Figure;
  /** implemented / cards (0 to 1), null for a workshop with no card counted. */
  implementedShare: number | null;
  /** actionable / cards (0 to 1), null for a workshop with no card counted. */
  actionableShare: number | null;
  oldestOpen: OldestOpen | null;
}

interface Tally {
  cards: Figure;
  implemented: Figure;
  actionable: Figure;
  oldest: DashboardCard | null;
}

/**
 * Per workshop: how much is implemented and actionable, and the oldest open card (by
 * createdAt; its age is in calendar days, UTC, up to `today`). Every live workshop has a row,
 * with no cards too; then a workshop a card names that is gone; then cards of no workshop.
 * Shares are of the workshop's counted cards, all columns included.
 */
export function workshopFigures(
  cards: readonly DashboardCard[],
  workshops: readonly Workshop[],
  columns: ColumnLookup,
  actionItemCounts: ReadonlyMap<string, number>,
  today: string,
): WorkshopFigures[] {
  const tallies = new Map<string | null, Tally>();
  const live = workshops
    .filter((workshop) => workshop.deletedAt === null)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  const tallyOf = (workshopId: string | null) => {
    let tally = tallies.get(workshopId);
    if (tally === undefined) {
      tally = {
        cards: emptyFigure(),
        implemented: emptyFigure(),
        actionable: emptyFigure(),
        oldest: null,
      };
      tallies.set(workshopId, tally);
    }
    return tally;
  };
  for (const workshop of live) tallyOf(workshop.id);

  for (const card of cards) tallyCard(tallyOf(card.workshopId), card, columns, actionItemCounts);

  const todayDay = epochDay(today);
  const named = [...tallies].filter(([workshopId]) => workshopId !== null);
  const none = tallies.get(null);
  const ordered = none === undefined ? named : [...named, [null, none] as const];
  return ordered.map(([workshopId, tally]) => ({
    workshopId,
    cards: tally.cards,
    implemented: tally.implemented,
    actionable: tally.actionable,
    implementedShare: share(tally.implemented, tally.cards),
    actionableShare: share(tally.actionable, tally.cards),
    oldestOpen:
      tally.oldest === null
        ? null
        : {
            cardId: tally.oldest.id,
            ageDays: todayDay - epochDay(utcDateOf(tally.oldest.createdAt)),
          },
  }));
}

function tallyCard(
  tally: Tally,
  card: DashboardCard,
  columns: ColumnLookup,
  actionItemCounts: ReadonlyMap<string, number>,
): void {
  addCard(tally.cards, card.id);
  const kind = columns.kindOf(card.columnId);
  if (kind === 'done') addCard(tally.implemented, card.id);
  if (isActionable(card, actionItemCounts.get(card.id) ?? 0)) addCard(tally.actionable, card.id);
  if (isOpenKind(kind) && (tally.oldest === null || isOlder(card, tally.oldest))) {
    tally.oldest = card;
  }
}

function isOlder(card: DashboardCard, than: DashboardCard): boolean {
  const a = card.createdAt;
  const b = than.createdAt;
  // Instants as the app writes them compare as strings; others are compared as times.
  if (a.length === b.length && a.endsWith('Z') && b.endsWith('Z')) {
    return a < b || (a === b && card.id < than.id);
  }
  const difference = Date.parse(a) - Date.parse(b);
  return difference < 0 || (difference === 0 && card.id < than.id);
}
