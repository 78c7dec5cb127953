import type { ActivityEvent } from '../activity-event';
import type { StoredRow } from '../journal';

/** Where a card is from a moment on. */
export interface CardPlace {
  /** The column it sits in; null while it does not exist (not yet made, deleted, erased). */
  columnId: string | null;
  /** Archived: off the board (closed), yet still in its column, where restoring brings it. */
  archived: boolean;
}

/** A card's place from an instant (UTC, toISOString form) until its next state. */
export interface CardState extends CardPlace {
  at: string;
}

export const GONE: CardPlace = { columnId: null, archived: false };

export function isOnBoardPlace(place: CardPlace): boolean {
  return place.columnId !== null && !place.archived;
}

export function samePlace(a: CardPlace, b: CardPlace): boolean {
  return a.columnId === b.columnId && a.archived === b.archived;
}

/** The place a stored card row puts the card in: none without a row or with a tombstone. */
export function placeOfRow(row: StoredRow | undefined, previous: CardPlace | undefined): CardPlace {
  if (row === undefined || typeof row.deletedAt === 'string') return GONE;
  const columnId = typeof row.columnId === 'string' ? row.columnId : (previous?.columnId ?? null);
  return { columnId, archived: typeof row.archivedAt === 'string' };
}

/**
 * What an activity event from before the journal says of a card's place: where it went, and
 * where it must have been before (for a card whose history starts with this event). Events
 * that do not move a card (edits, notes, action items) say nothing.
 *
 * @param fallbackColumn the card's column now: where an archive or restore without an earlier
 *   event leaves it, as nothing says it ever moved
 */
export function placeOfEvent(
  event: ActivityEvent,
  previous: CardPlace | undefined,
  fallbackColumn: string,
): { place: CardPlace; before: CardPlace | undefined } | null {
  const column = previous?.columnId ?? fallbackColumn;
  switch (event.type) {
    case 'created':
      return { place: { columnId: event.columnId, archived: false }, before: undefined };
    case 'moved':
      return {
        place: { columnId: event.toColumnId, archived: previous?.archived ?? false },
        before: { columnId: event.fromColumnId, archived: false },
      };
    case 'archived':
      return {
        place: { columnId: column, archived: true },
        before: { columnId: column, archived: false },
      };
    case 'restored':
      return {
        place: { columnId: column, archived: false },
        before: { columnId: column, archived: true },
      };
    case 'deleted':
      return { place: GONE, before: { columnId: column, archived: false } };
    default:
      return null;
  }
}
