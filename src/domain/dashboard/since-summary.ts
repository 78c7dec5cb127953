import { columnsShown } from './column-lookup';
import type { DashboardCard } from './dashboard-input';
import type { Figure } from './figure';
import type { MoveSince } from './moves-since';
import type { SinceChanges } from './since-changes';

/**
 * What changed since the last meeting, grouped the way a written summary reads: data only
 * (ids, dates, counts). The screen or the Markdown writer words it, giving each card its title
 * and each column its name, and may leave out an empty section or say that nothing happened.
 */
export type SummarySection =
  | { kind: 'moved'; figure: Figure; byColumn: { toColumnId: string; moves: MoveSince[] }[] }
  | { kind: 'notes'; figure: Figure; byCard: { cardId: string; noteIds: string[] }[] }
  | { kind: 'newly_overdue'; figure: Figure; cards: { cardId: string; dueDate: string }[] }
  | { kind: 'new_cards'; figure: Figure; byColumn: { columnId: string; cardIds: string[] }[] };

export interface SinceSummary {
  since: string;
  today: string;
  /** Always the four, in this order: moved, notes, newly overdue, new cards. */
  sections: SummarySection[];
}

/**
 * @param cards the cards the changes were read from, for their due dates and columns
 * @param columnOrder the board's columns in order (ColumnLookup.order): groups follow it
 */
export function sinceSummary(
  changes: SinceChanges,
  cards: readonly DashboardCard[],
  columnOrder: readonly string[],
): SinceSummary {
  const byId = cardsNamed(cards, [changes.newlyOverdue.cardIds, changes.newCards.cardIds]);
  const moves = groupBy(changes.moves, (move) => move.toColumnId);
  const notes = groupBy(changes.notes, (note) => note.cardId);
  const made = groupBy(changes.newCards.cardIds, (id) => byId.get(id)?.columnId ?? '');
  const inBoardOrder = (groups: Map<string, unknown>) => columnsShown(columnOrder, groups.keys());
  return {
    since: changes.since,
    today: changes.today,
    sections: [
      {
        kind: 'moved',
        figure: changes.moved,
        byColumn: inBoardOrder(moves)
          .filter((id) => moves.has(id))
          .map((toColumnId) => ({ toColumnId, moves: moves.get(toColumnId) ?? [] })),
      },
      {
        kind: 'notes',
        figure: changes.noted,
        byCard: [...notes].map(([cardId, list]) => ({
          cardId,
          noteIds: list.map((n) => n.noteId),
        })),
      },
      {
        kind: 'newly_overdue',
        figure: changes.newlyOverdue,
        cards: changes.newlyOverdue.cardIds.map((cardId) => ({
          cardId,
          dueDate: byId.get(cardId)?.dueDate ?? '',
        })),
      },
      {
        kind: 'new_cards',
        figure: changes.newCards,
        byColumn: inBoardOrder(made)
          .filter((id) => made.has(id))
          .map((columnId) => ({ columnId, cardIds: made.get(columnId) ?? [] })),
      },
    ],
  };
}

/** The few cards a summary names, found in one pass (a map of every card would cost more). */
function cardsNamed(
  cards: readonly DashboardCard[],
  lists: readonly string[][],
): Map<string, DashboardCard> {
  const wanted = new Set(lists.flat());
  const found = new Map<string, DashboardCard>();
  if (wanted.size === 0) return found;
  for (const card of cards) if (wanted.has(card.id)) found.set(card.id, card);
  return found;
}

/** Items grouped by key, groups in the order their first item comes, items in theirs. */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
