import type { RecboardDatabase } from '../db/database';
import { type ActivityEvent, ActivityEventSchema } from '../domain/activity-event';
import { parseRows } from './parse-row';

export function createActivityRepository(db: RecboardDatabase) {
  return {
    /** A card's history, newest first. */
    async listFor(recommendationId: string): Promise<ActivityEvent[]> {
      const rows = await db.activity.where('recommendationId').equals(recommendationId).toArray();
      return parseRows(ActivityEventSchema, 'activity', rows).sort(
        (a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id),
      );
    },
  };
}
