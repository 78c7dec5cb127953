import { z } from 'zod';
import { RankSchema } from './ordering';
import { CalendarDateSchema, IdSchema, RecordMetaSchema, requiredTextSchema } from './primitives';

/** A step toward implementing a recommendation. */
export const ActionItemSchema = RecordMetaSchema.extend({
  recommendationId: IdSchema,
  text: requiredTextSchema(1000),
  ownerActorId: z.string().min(1).nullable(),
  dueDate: CalendarDateSchema.nullable(),
  done: z.boolean(),
  rank: RankSchema,
});
export type ActionItem = z.output<typeof ActionItemSchema>;
