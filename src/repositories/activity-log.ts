import type { RecboardDatabase } from '../db/database';
import { type ActivityEvent, ActivityEventSchema } from '../domain/activity-event';
import { newId } from '../lib/ids';

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
export type NewActivityEvent = WithoutId<ActivityEvent>;

/**
 * Appends one event to a card's history. Call it inside the transaction of the write it
 * describes, so the change and its log entry land together or not at all.
 */
export async function logActivity(db: RecboardDatabase, event: NewActivityEvent): Promise<void> {
  await db.activity.add(ActivityEventSchema.parse({ ...event, id: newId() }));
}
