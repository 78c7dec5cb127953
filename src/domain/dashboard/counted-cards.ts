import type { CardPredicate, DashboardCard } from './dashboard-input';

/** A card on the board now: neither deleted nor archived (archived cards are closed). */
export function isOnBoard(card: Pick<DashboardCard, 'deletedAt' | 'archivedAt'>): boolean {
  return card.deletedAt === null && card.archivedAt === null;
}

/**
 * The cards the present figures count: those on the board that the predicate (the current
 * filter) lets through. Archived cards are closed and deleted ones gone, so neither counts.
 */
export function countedCards(
  cards: readonly DashboardCard[],
  include?: CardPredicate,
): DashboardCard[] {
  const counted: DashboardCard[] = [];
  for (const card of cards) {
    if (isOnBoard(card) && (include === undefined || include(card))) counted.push(card);
  }
  return counted;
}

/**
 * The cards the history follows: every card the predicate lets through, archived and deleted
 * ones too, since they were on the board until they left it.
 */
export function historyCards(
  cards: readonly DashboardCard[],
  include?: CardPredicate,
): DashboardCard[] {
  return include === undefined ? [...cards] : cards.filter(include);
}

/** Archived cards (not deleted) the predicate lets through: closed, off the board. */
export function closedCards(
  cards: readonly DashboardCard[],
  include?: CardPredicate,
): DashboardCard[] {
  return cards.filter(
    (card) =>
      card.deletedAt === null &&
      card.archivedAt !== null &&
      (include === undefined || include(card)),
  );
}
