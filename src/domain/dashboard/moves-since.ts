import type { CardHistory } from './card-history';
import type { DashboardCard } from './dashboard-input';

/** A card that is in another column than it was when the period began. */
export interface MoveSince {
  cardId: string;
  fromColumnId: string;
  toColumnId: string;
  /** When it last changed column (UTC instant). */
  at: string;
}

/**
 * Where cards moved since an instant, net: one line per card whose column now differs from its
 * column then, so a move and its undo, or a card moved there and back, show nothing, and a card
 * moved twice shows where it started and where it is. Cards made since are new, not moved.
 * Oldest move first.
 *
 * @param cards the cards on the board that count
 * @param sinceInstant UTC instant in toISOString form: the period's start
 */
export function movesSince(
  cards: readonly DashboardCard[],
  history: CardHistory,
  sinceInstant: string,
): MoveSince[] {
  const moves: MoveSince[] = [];
  for (const card of cards) {
    const states = history.get(card.id) ?? [];
    let fromColumnId: string | null = null;
    let at = '';
    let previous: string | null = null;
    for (const state of states) {
      if (state.at < sinceInstant) fromColumnId = state.columnId;
      else if (state.columnId !== previous) at = state.at;
      previous = state.columnId;
    }
    if (fromColumnId !== null && fromColumnId !== card.columnId && at !== '') {
      moves.push({ cardId: card.id, fromColumnId, toColumnId: card.columnId, at });
    }
  }
  return moves.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
