import { z } from 'zod';
import { CalendarDateSchema, RecordMetaSchema, requiredTextSchema, textSchema } from './primitives';

export const WORKSHOP_KINDS = [
  'workshop',
  'twg_meeting',
  'network_meeting',
  'consultation',
  'conference',
] as const;
export const WorkshopKindSchema = z.enum(WORKSHOP_KINDS);
export type WorkshopKind = z.infer<typeof WorkshopKindSchema>;

/** A meeting that produced recommendations. */
export const WorkshopSchema = RecordMetaSchema.extend({
  title: requiredTextSchema(300),
  /** The day the meeting was held: a calendar date, not an instant. */
  date: CalendarDateSchema,
  place: textSchema(300),
  /** Actor ids (built-in slugs or user actor UUIDs). */
  organiserIds: z.array(z.string().min(1)),
  kind: WorkshopKindSchema,
  /** Where the record comes from: a report title, a file name, a link. */
  sourceRef: textSchema(500),
  notes: textSchema(5000),
});
export type Workshop = z.output<typeof WorkshopSchema>;
