import { z } from '../lib/zod';
import {
  EDITABLE_RECOMMENDATION_FIELDS,
  leadActorIsResponsible,
  RecommendationFieldsSchema,
} from './recommendation';

const EditableFieldsSchema = z.pick(RecommendationFieldsSchema, EDITABLE_RECOMMENDATION_FIELDS);

/** What the card editor saves: every editable field, with the cross-field rule. */
export const RecommendationEditSchema = EditableFieldsSchema.check(leadActorIsResponsible());
export type RecommendationEdit = z.output<typeof RecommendationEditSchema>;
export type RecommendationField = keyof RecommendationEdit;

/** An edit as a patch: only the fields that changed. */
export const RecommendationPatchSchema = z.partial(EditableFieldsSchema);
export type RecommendationPatch = z.input<typeof RecommendationPatchSchema>;
