import { z } from '../lib/zod';
import { GcmObjectiveSchema, SdgTargetSchema } from './global-framework-ids';
import { RankSchema } from './ordering';
import {
  ActorIdSchema,
  CalendarDateSchema,
  IdSchema,
  InstantSchema,
  RecordMetaSchema,
  requiredTextSchema,
  textSchema,
} from './primitives';
import { PrioritySchema, ResponseSchema } from './response';
import { StageIdSchema } from './taxonomy';

/** The stored fields, before the cross-field rules: derive input schemas from this. */
export const RecommendationFieldsSchema = z.extend(RecordMetaSchema, {
  workshopId: z.nullable(IdSchema),
  /** The recommendation as stated in the source, word for word. */
  text: requiredTextSchema(5000),
  /** A short title for the card; empty means the card shows the start of the text. */
  title: textSchema(200),
  /** Who raised it: a speaker, a session, a group. */
  raisedBy: textSchema(300),
  /** Where in the source document it was made: a page, a paragraph, a session (since v2). */
  sourceLocator: textSchema(300),
  response: ResponseSchema,
  /** Implementation status: the board column. */
  columnId: IdSchema,
  rank: RankSchema,
  stageIds: z.array(StageIdSchema),
  actorIds: z.array(ActorIdSchema),
  leadActorId: z.nullable(ActorIdSchema),
  gcmObjectives: z.array(GcmObjectiveSchema),
  sdgTargets: z.array(SdgTargetSchema),
  priority: z.nullable(PrioritySchema),
  dueDate: z.nullable(CalendarDateSchema),
  labels: z.array(z.pipe(textSchema(60), z.string().check(z.minLength(1)))),
  archivedAt: z.nullable(InstantSchema),
});

/** A recommendation is a card on the board. */
export const RecommendationSchema = RecommendationFieldsSchema.check(leadActorIsResponsible());
export type Recommendation = z.output<typeof RecommendationSchema>;

/** The fields a person (or an import) sets; identity, order and times are the app's. */
export const EDITABLE_RECOMMENDATION_FIELDS = {
  workshopId: true,
  text: true,
  title: true,
  raisedBy: true,
  sourceLocator: true,
  response: true,
  columnId: true,
  stageIds: true,
  actorIds: true,
  leadActorId: true,
  gcmObjectives: true,
  sdgTargets: true,
  priority: true,
  dueDate: true,
  labels: true,
} as const;

/** What creating a recommendation needs: its text and column; the rest has defaults. */
export const NewRecommendationSchema = z.required(
  z.partial(z.pick(RecommendationFieldsSchema, EDITABLE_RECOMMENDATION_FIELDS)),
  { text: true, columnId: true },
);
export type NewRecommendation = z.input<typeof NewRecommendationSchema>;

/** The rule across fields: the lead actor, when there is one, is one of the responsible actors. */
export function leadActorIsResponsible() {
  return z.refine<{ leadActorId: string | null; actorIds: readonly string[] }>(
    (rec) => rec.leadActorId === null || rec.actorIds.includes(rec.leadActorId),
    { message: 'The lead actor must be one of the responsible actors', path: ['leadActorId'] },
  );
}

/** The short label a card shows: its title, or the start of its text. */
export function displayTitle(rec: Pick<Recommendation, 'title' | 'text'>): string {
  return rec.title.length > 0 ? rec.title : rec.text;
}
