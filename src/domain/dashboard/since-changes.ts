import { utcInstant } from './calendar';
import type { CardHistory } from './card-history';
import type { ColumnLookup } from './column-lookup';
import type { DashboardCard } from './dashboard-input';
import { type Figure, figureOf } from './figure';
import type { HistoryEntry } from './history-entry';
import { type MoveSince, movesSince } from './moves-since';
import { type NoteSince, notesSince } from './notes-since';
import { isOverdue } from './overdue';

/**
 * What changed since a day (the last meeting), among the cards that count: each list with the
 * ids of the cards it names, so every line and every count opens the board on them.
 */
export interface SinceChanges {
  since: string;
  today: string;
  /** Net moves, oldest first (see movesSince). */
  moves: MoveSince[];
  moved: Figure;
  /** Progress notes written and still there, oldest first. */
  notes: NoteSince[];
  /** The cards with new notes, each once. */
  noted: Figure;
  /** Open cards now overdue whose due date fell on or after `since`, earliest due first. */
  newlyOverdue: Figure;
  /** Cards made on or after `since`, oldest first. */
  newCards: Figure;
}

/**
 * @param cards the cards on the board that count (countedCards)
 * @param since a calendar date: everything from 00:00 UTC that day counts
 */
export function sinceChanges(
  cards: readonly DashboardCard[],
  history: CardHistory,
  journal: readonly HistoryEntry[],
  columns: ColumnLookup,
  since: string,
  today: string,
): SinceChanges {
  const sinceInstant = `${since}T00:00:00.000Z`;
  const moves = movesSince(cards, history, sinceInstant);
  const notes = notesSince(journal, sinceInstant, new Set(cards.map((card) => card.id)));
  const overdue: { id: string; key: string }[] = [];
  const made: { id: string; key: string }[] = [];
  for (const card of cards) {
    const due = card.dueDate;
    if (due !== null && due >= since && isOverdue(due, columns.kindOf(card.columnId), today)) {
      overdue.push({ id: card.id, key: due });
    }
    const createdAt = utcInstant(card.createdAt);
    if (createdAt >= sinceInstant) made.push({ id: card.id, key: createdAt });
  }
  return {
    since,
    today,
    moves,
    moved: figureOf(moves.map((move) => move.cardId)),
    notes,
    noted: figureOf([...new Set(notes.map((note) => note.cardId))]),
    newlyOverdue: figureOf(idsByKey(overdue)),
    newCards: figureOf(idsByKey(made)),
  };
}

/** Ids in the order of their keys (dates or instants); ties keep the cards' order. */
function idsByKey(items: { id: string; key: string }[]): string[] {
  return items.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map(({ id }) => id);
}
