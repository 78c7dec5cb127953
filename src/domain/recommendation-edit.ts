import type { z } from 'zod';
import { EDITABLE_RECOMMENDATION_FIELDS, RecommendationFieldsSchema } from './recommendation';

const EditableFieldsSchema = RecommendationFieldsSchema.pick(EDITABLE_RECOMMENDATION_FIELDS);

/** What the card editor saves: every editable field, with the cross-field rule. */
export const RecommendationEditSchema = EditableFieldsSchema.refine(
  (rec) => rec.leadActorId === null || rec.actorIds.includes(rec.leadActorId),
  { message: 'The lead actor must be one of the responsible actors', path: ['leadActorId'] },
);
export type RecommendationEdit = z.output<typeof RecommendationEditSchema>;
export type RecommendationField = keyof RecommendationEdit;

/** An edit as a patch: only the fields that changed. */
export const RecommendationPatchSchema = EditableFieldsSchema.partial();
export type RecommendationPatch = z.input<typeof RecommendationPatchSchema>;
