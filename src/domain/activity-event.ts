import { z } from 'zod';
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
  EventBaseSchema.extend({ type: z.literal('created'), columnId: IdSchema }),
  EventBaseSchema.extend({
    type: z.literal('moved'),
    fromColumnId: IdSchema,
    toColumnId: IdSchema,
  }),
  EventBaseSchema.extend({ type: z.literal('edited'), fields: z.array(z.string()).min(1) }),
  EventBaseSchema.extend({ type: z.literal('note_added'), noteId: IdSchema }),
  EventBaseSchema.extend({ type: z.literal('action_added'), actionItemId: IdSchema }),
  EventBaseSchema.extend({
    type: z.literal('action_done'),
    actionItemId: IdSchema,
    done: z.boolean(),
  }),
  EventBaseSchema.extend({ type: z.literal('archived') }),
  EventBaseSchema.extend({ type: z.literal('restored') }),
  EventBaseSchema.extend({ type: z.literal('deleted') }),
]);
export type ActivityEvent = z.output<typeof ActivityEventSchema>;
export type ActivityEventType = ActivityEvent['type'];
