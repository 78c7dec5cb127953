import { z } from '../lib/zod';
import { RankSchema } from './ordering';
import {
  ActorIdSchema,
  CalendarDateSchema,
  IdSchema,
  RecordMetaSchema,
  requiredTextSchema,
} from './primitives';

/** A step toward implementing a recommendation. */
export const ActionItemSchema = z.extend(RecordMetaSchema, {
  recommendationId: IdSchema,
  text: requiredTextSchema(1000),
  ownerActorId: z.nullable(ActorIdSchema),
  dueDate: z.nullable(CalendarDateSchema),
  done: z.boolean(),
  rank: RankSchema,
});
export type ActionItem = z.output<typeof ActionItemSchema>;
