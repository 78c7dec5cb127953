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
import type { DashboardCard } from './dashboard-input';
import type { HistoryEntry } from './history-entry';

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
  journal: readonly HistoryEntry[],
  cards: readonly DashboardCard[],
): CardHistory {
  // One lookup per change: the card and its states together (a lookup in a map of 50,000 ids
  // is most of the cost here).
  const tracks = new Map(cards.map((card) => [card.id, { card, states: [] as CardState[] }]));
  for (const { at, entry } of chronologicalJournal(journal)) {
    const event = entry.legacy;
    const eventTrack = event === undefined ? undefined : tracks.get(event.recommendationId);
    if (event !== undefined && eventTrack !== undefined) {
      const read = placeOfEvent(event, eventTrack.states.at(-1), eventTrack.card.columnId);
      if (read !== null) apply(eventTrack, at, read.place, read.before);
    }
    for (const change of entry.changes) {
      if (change.table !== 'recommendations') continue;
      const track = tracks.get(change.key);
      if (track === undefined) continue;
      const previous = track.states.at(-1);
      const before =
        previous === undefined && change.before !== undefined
          ? placeOfRow(change.before, undefined)
          : undefined;
      apply(track, at, placeOfRow(change.after, previous), before);
    }
  }
  const history = new Map<string, CardState[]>();
  for (const { card, states } of tracks.values()) {
    endAtPresent(card, states);
    history.set(card.id, states);
  }
  return history;
}

interface Track {
  card: DashboardCard;
  states: CardState[];
}

/**
 * Records a card's new place. A history that starts with a change of a card that already
 * existed (`before`) starts in that earlier place, from the card's createdAt.
 */
function apply(track: Track, at: string, place: CardPlace, before?: CardPlace): void {
  const { card, states } = track;
  if (states.length === 0 && before !== undefined) {
    const createdAt = utcInstant(card.createdAt);
    record(states, createdAt < at ? createdAt : at, before);
  }
  record(states, at, place);
}
/** Appends a state, or corrects the last one when it has the same instant (one write). */
function record(states: CardState[], at: string, place: CardPlace): void {
  const last = states.at(-1);
  if (last === undefined || last.at < at) {
    if (last === undefined || !samePlace(last, place)) {
      states.push({ at, columnId: place.columnId, archived: place.archived });
    }
    return;
  }
  last.columnId = place.columnId;
  last.archived = place.archived;
  const earlier = states.at(-2);
  if (earlier !== undefined && samePlace(earlier, last)) states.pop();
}

function endAtPresent(card: DashboardCard, states: CardState[]): void {
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
