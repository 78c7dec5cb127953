import type { z } from 'zod';
import { RecommendationFieldsSchema } from './recommendation';

/** The fields a person edits in the card editor: everything but identity, order and times. */
export const RecommendationEditSchema = RecommendationFieldsSchema.pick({
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
}).refine((rec) => rec.leadActorId === null || rec.actorIds.includes(rec.leadActorId), {
  message: 'The lead actor must be one of the responsible actors',
  path: ['leadActorId'],
});
export type RecommendationEdit = z.output<typeof RecommendationEditSchema>;
export type RecommendationField = keyof RecommendationEdit;

export const RecommendationPatchSchema = RecommendationFieldsSchema.pick({
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
}).partial();
export type RecommendationPatch = z.input<typeof RecommendationPatchSchema>;
