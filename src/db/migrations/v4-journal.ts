import type { RowMigrator } from './row-migrator';

/**
 * v4: the journal replaces the activity log. Every change is now journaled with the rows it
 * touched, before and after; the events logged before that cannot be turned into such changes
 * (an "edited" event named fields, not values), so each becomes a journal entry of origin
 * "legacy" that keeps the event as it was, and the card's history shows it as before. The
 * activity table is emptied, not dropped: a later version may drop it.
 */
export const journalFromActivity: RowMigrator = {
  tables: ['activity'],
  migrate: ({ activity = [] }) => ({
    activity: [],
    journal: activity.filter(isEvent).map(legacyEntry).sort(byTimeThenId),
  }),
};

interface StoredEvent {
  id: string;
  boardId: string;
  recommendationId: string;
  createdAt: string;
}

function isEvent(row: unknown): row is StoredEvent {
  if (typeof row !== 'object' || row === null) return false;
  const event = row as Record<string, unknown>;
  return ['id', 'boardId', 'recommendationId', 'createdAt'].every(
    (field) => typeof event[field] === 'string',
  );
}

function legacyEntry(event: StoredEvent) {
  return {
    id: event.id,
    boardId: event.boardId,
    at: event.createdAt,
    origin: 'legacy',
    action: { kind: 'legacy', params: {} },
    changes: [],
    cardIds: [event.recommendationId],
    legacy: event,
  };
}

function byTimeThenId(a: { at: string; id: string }, b: { at: string; id: string }): number {
  return a.at.localeCompare(b.at) || a.id.localeCompare(b.id);
}
