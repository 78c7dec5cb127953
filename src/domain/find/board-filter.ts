import { z } from '../../lib/zod';
import { GcmObjectiveSchema, SdgTargetSchema } from '../global-framework-ids';
import { ActorIdSchema, IdSchema, textSchema } from '../primitives';
import { PRIORITIES, ResponseSchema } from '../response';
import { StageIdSchema } from '../taxonomy';

/** Whom an actor filter picks: cards the actor is responsible for, or only those it leads. */
export const ACTOR_ROLES = ['any', 'lead'] as const;
export const ActorRoleSchema = z.enum(ACTOR_ROLES);
export type ActorRole = z.infer<typeof ActorRoleSchema>;

/** Due states a filter picks; 'due_soon' means within DUE_SOON_DAYS (see due-status.ts). */
export const DUE_FILTER_STATES = ['overdue', 'due_soon', 'no_due_date'] as const;
export const DueFilterStateSchema = z.enum(DUE_FILTER_STATES);
export type DueFilterState = z.infer<typeof DueFilterStateSchema>;

/** A priority, or 'none' for cards without one. */
export const PRIORITY_FILTER_VALUES = [...PRIORITIES, 'none'] as const;
export const PriorityFilterSchema = z.enum(PRIORITY_FILTER_VALUES);
export type PriorityFilterValue = z.infer<typeof PriorityFilterSchema>;

const LONE_SURROGATE = /\p{Cs}/u;
/** Text a URL can carry unchanged: a lone surrogate would come back as U+FFFD. */
const wellFormed = z.refine<string>((value) => !LONE_SURROGATE.test(value), {
  message: 'Text must not hold a lone surrogate',
});

export const FilterLabelSchema = z.pipe(
  textSchema(60),
  z.string().check(z.minLength(1), wellFormed),
);
export const FilterActorIdSchema = ActorIdSchema.check(wellFormed);
export const FilterQuerySchema = z.string().check(z.maxLength(500), wellFormed);

/** A list that holds each value once (the last copy of a value goes), empty by default. */
function listOf<T extends z.ZodMiniType>(item: T) {
  const unique = z.transform((values: z.output<T>[]) => [...new Set(values)]);
  return z._default(z.pipe(z.array(item), unique), () => []);
}

/**
 * What the board shows: every kind of filter narrows (AND), the values within one kind widen
 * (OR). Each field defaults to "no filter", so `BoardFilterSchema.parse({})` is the empty one.
 */
export const BoardFilterSchema = z.object({
  workshopIds: listOf(IdSchema),
  stageIds: listOf(StageIdSchema),
  actorIds: listOf(FilterActorIdSchema),
  /** How actorIds pick; alone (without actors) it filters nothing. */
  actorRole: z._default(ActorRoleSchema, 'any'),
  responses: listOf(ResponseSchema),
  priorities: listOf(PriorityFilterSchema),
  labels: listOf(FilterLabelSchema),
  dueStates: listOf(DueFilterStateSchema),
  gcmObjectives: listOf(GcmObjectiveSchema),
  sdgTargets: listOf(SdgTargetSchema),
  /** Only cards that are not actionable (see domain/actionable.ts). */
  notActionable: z._default(z.boolean(), false),
  /** Text search; a query with no word in it filters nothing (see isBlankQuery). */
  query: z._default(FilterQuerySchema, ''),
  /**
   * Exactly these cards: what a dashboard figure counts, when no other filter can say it
   * (a cell of column × stage, the cards moved since a date).
   */
  cardIds: listOf(IdSchema),
});
export type BoardFilter = z.output<typeof BoardFilterSchema>;

/** A filter that lets every card through. */
export function emptyFilter(): BoardFilter {
  return BoardFilterSchema.parse({});
}
