import { z } from 'zod';
import { GcmObjectiveSchema, SdgTargetSchema } from './global-frameworks';
import { RankSchema } from './ordering';
import {
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
export const RecommendationFieldsSchema = RecordMetaSchema.extend({
  workshopId: IdSchema.nullable(),
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
  actorIds: z.array(z.string().min(1)),
  leadActorId: z.string().min(1).nullable(),
  gcmObjectives: z.array(GcmObjectiveSchema),
  sdgTargets: z.array(SdgTargetSchema),
  priority: PrioritySchema.nullable(),
  dueDate: CalendarDateSchema.nullable(),
  labels: z.array(textSchema(60).pipe(z.string().min(1))),
  archivedAt: InstantSchema.nullable(),
});

/** A recommendation is a card on the board. */
export const RecommendationSchema = RecommendationFieldsSchema.refine(
  (rec) => rec.leadActorId === null || rec.actorIds.includes(rec.leadActorId),
  { message: 'The lead actor must be one of the responsible actors', path: ['leadActorId'] },
);
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
export const NewRecommendationSchema = RecommendationFieldsSchema.pick(
  EDITABLE_RECOMMENDATION_FIELDS,
)
  .partial()
  .required({ text: true, columnId: true });
export type NewRecommendation = z.input<typeof NewRecommendationSchema>;

/** The short label a card shows: its title, or the start of its text. */
export function displayTitle(rec: Pick<Recommendation, 'title' | 'text'>): string {
  return rec.title.length > 0 ? rec.title : rec.text;
}
