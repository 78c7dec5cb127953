import { z } from '../lib/zod';
import {
  ActorIdSchema,
  CalendarDateSchema,
  IdSchema,
  RecordMetaSchema,
  requiredTextSchema,
  textSchema,
} from './primitives';

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
export const WorkshopSchema = z.extend(RecordMetaSchema, {
  title: requiredTextSchema(300),
  /** The day the meeting was held: a calendar date, not an instant. */
  date: CalendarDateSchema,
  place: textSchema(300),
  /** Actor ids (built-in slugs or user actor UUIDs). */
  organiserIds: z.array(ActorIdSchema),
  kind: WorkshopKindSchema,
  /** Where the record comes from: a report title, a file name, a link. */
  sourceRef: textSchema(500),
  notes: textSchema(5000),
});
export type Workshop = z.output<typeof WorkshopSchema>;

/** The fields a person (or an import) edits; ids, board and times are the repository's. */
const WorkshopFieldsSchema = z.pick(WorkshopSchema, {
  title: true,
  date: true,
  place: true,
  organiserIds: true,
  kind: true,
  sourceRef: true,
  notes: true,
});

/** What creating a workshop needs: a title, a date and a kind; the rest defaults to empty. */
export const NewWorkshopSchema = z.required(z.partial(WorkshopFieldsSchema), {
  title: true,
  date: true,
  kind: true,
});
export type NewWorkshop = z.input<typeof NewWorkshopSchema>;

/** An edit: only the fields that changed, written as a patch so concurrent edits both survive. */
export const WorkshopPatchSchema = z.partial(WorkshopFieldsSchema);
export type WorkshopPatch = z.input<typeof WorkshopPatchSchema>;

/**
 * What happens to a deleted workshop's recommendations. There is no default: nothing may be
 * orphaned silently, so the person deleting always says which.
 */
export const WorkshopRemovalSchema = z.discriminatedUnion('recommendations', [
  z.object({ recommendations: z.literal('move'), toWorkshopId: IdSchema }),
  z.object({ recommendations: z.literal('detach') }),
  z.object({ recommendations: z.literal('delete') }),
]);
export type WorkshopRemoval = z.infer<typeof WorkshopRemovalSchema>;
export type WorkshopRemovalAction = WorkshopRemoval['recommendations'];
