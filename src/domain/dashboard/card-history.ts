import type { JournalEntry } from '../journal';
import type { Recommendation } from '../recommendation';
import { later, utcInstant } from './calendar';
import {
  type CardPlace,
  type CardState,
  GONE,
  placeOfEvent,
  placeOfRow,
  samePlace,
} from './card-state';
import { chronologicalJournal } from './chronological-journal';

/** Each card's states, oldest first; each differs from the one before it. */
export type CardHistory = ReadonlyMap<string, readonly CardState[]>;

/**
 * Where each card was over time, rebuilt from the journal: every change of its row (an undo
 * is a change like any other, so an undone move is taken back), and the activity events kept
 * from before the journal ('legacy' entries). A card with no history sits in its column from
 * its createdAt. Whatever the journal says, a card's last state is where the card is now: a
 * history cut short (an import, a lost journal) ends with a step to the present, dated by the
 * card's deletedAt, archivedAt or updatedAt.
 */
export function cardHistory(
  journal: readonly JournalEntry[],
  cards: readonly Recommendation[],
): CardHistory {
  const scope = new Map(cards.map((card) => [card.id, card]));
  // Keyed in the order of the cards, so every list of ids read from it follows that order.
  const history = new Map<string, CardState[]>(cards.map((card) => [card.id, []]));
  const apply = (card: Recommendation, at: string, place: CardPlace, before?: CardPlace) => {
    const states = history.get(card.id) ?? [];
    if (states.length === 0 && before !== undefined) {
      const createdAt = utcInstant(card.createdAt);
      record(states, createdAt < at ? createdAt : at, before);
    }
    record(states, at, place);
  };

  for (const { at, entry } of chronologicalJournal(journal)) {
    const event = entry.legacy;
    const eventCard = event === undefined ? undefined : scope.get(event.recommendationId);
    if (event !== undefined && eventCard !== undefined) {
      const read = placeOfEvent(event, history.get(eventCard.id)?.at(-1), eventCard.columnId);
      if (read !== null) apply(eventCard, at, read.place, read.before);
    }
    for (const change of entry.changes) {
      const card = change.table === 'recommendations' ? scope.get(change.key) : undefined;
      if (card === undefined) continue;
      const previous = history.get(card.id)?.at(-1);
      const before = change.before === undefined ? undefined : placeOfRow(change.before, undefined);
      apply(card, at, placeOfRow(change.after, previous), before);
    }
  }
  for (const card of cards) endAtPresent(card, history.get(card.id) ?? []);
  return history;
}

/** Appends a state, or corrects the last one when it has the same instant (one write). */
function record(states: CardState[], at: string, place: CardPlace): void {
  const last = states.at(-1);
  if (last === undefined || last.at < at) {
    if (last === undefined || !samePlace(last, place)) states.push({ at, ...place });
    return;
  }
  last.columnId = place.columnId;
  last.archived = place.archived;
  const earlier = states.at(-2);
  if (earlier !== undefined && samePlace(earlier, last)) states.pop();
}

function endAtPresent(card: Recommendation, states: CardState[]): void {
  if (states.length === 0) {
    record(states, utcInstant(card.createdAt), { columnId: card.columnId, archived: false });
  }
  const now: CardPlace =
    card.deletedAt !== null
      ? GONE
      : { columnId: card.columnId, archived: card.archivedAt !== null };
  const last = states.at(-1);
  if (last === undefined || samePlace(last, now)) return;
  const when = utcInstant(
    card.deletedAt ?? (now.archived && !last.archived ? card.archivedAt : null) ?? card.updatedAt,
  );
  // Never before the last state it follows: a clock off by a little must not reorder history.
  states.push({ at: later(when, last.at), ...now });
}
