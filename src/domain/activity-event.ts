import { z } from '../lib/zod';
import { IdSchema, InstantSchema } from './primitives';

const EventBaseSchema = z.object({
  id: IdSchema,
  boardId: IdSchema,
  recommendationId: IdSchema,
  createdAt: InstantSchema,
});

/**
 * The append-only history of a card. It feeds the card's history, undo and progress-over-time
 * charts, so events are never edited or deleted.
 */
export const ActivityEventSchema = z.discriminatedUnion('type', [
  z.extend(EventBaseSchema, { type: z.literal('created'), columnId: IdSchema }),
  z.extend(EventBaseSchema, {
    type: z.literal('moved'),
    fromColumnId: IdSchema,
    toColumnId: IdSchema,
  }),
  z.extend(EventBaseSchema, {
    type: z.literal('edited'),
    fields: z.array(z.string()).check(z.minLength(1)),
  }),
  z.extend(EventBaseSchema, { type: z.literal('note_added'), noteId: IdSchema }),
  z.extend(EventBaseSchema, { type: z.literal('action_added'), actionItemId: IdSchema }),
  z.extend(EventBaseSchema, {
    type: z.literal('action_done'),
    actionItemId: IdSchema,
    done: z.boolean(),
  }),
  z.extend(EventBaseSchema, { type: z.literal('archived') }),
  z.extend(EventBaseSchema, { type: z.literal('restored') }),
  z.extend(EventBaseSchema, { type: z.literal('deleted') }),
]);
export type ActivityEvent = z.output<typeof ActivityEventSchema>;
export type ActivityEventType = ActivityEvent['type'];
