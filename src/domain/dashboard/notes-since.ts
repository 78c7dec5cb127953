import { utcInstant } from './calendar';
import { chronologicalJournal } from './chronological-journal';
import type { HistoryEntry } from './history-entry';

/** A progress note written since the period began, still there. */
export interface NoteSince {
  noteId: string;
  cardId: string;
  /** When it was written (UTC instant). */
  at: string;
}

/**
 * The progress notes written since an instant, from the journal: rows made in the notes table
 * (and notes of the activity events kept from before the journal), leaving out those gone
 * since (an undone note is a row made and then removed). Only the cards in `cardIds`; oldest
 * first.
 */
export function notesSince(
  journal: readonly HistoryEntry[],
  sinceInstant: string,
  cardIds: ReadonlySet<string>,
): NoteSince[] {
  const recent = journal.filter((entry) => utcInstant(entry.at) >= sinceInstant);
  const notes = new Map<string, NoteSince & { live: boolean }>();
  for (const { at, entry } of chronologicalJournal(recent)) {
    const event = entry.legacy;
    if (event?.type === 'note_added') {
      notes.set(event.noteId, {
        noteId: event.noteId,
        cardId: event.recommendationId,
        at,
        live: true,
      });
    }
    for (const change of entry.changes) {
      if (change.table !== 'progressNotes') continue;
      const row = change.after;
      const live = row !== undefined && row.deletedAt === null;
      const made = notes.get(change.key);
      if (made !== undefined) made.live = live;
      else if (change.before === undefined && live && typeof row.recommendationId === 'string') {
        notes.set(change.key, { noteId: change.key, cardId: row.recommendationId, at, live });
      }
    }
  }
  const written: NoteSince[] = [];
  for (const { noteId, cardId, at, live } of notes.values()) {
    if (live && cardIds.has(cardId)) written.push({ noteId, cardId, at });
  }
  return written;
}
