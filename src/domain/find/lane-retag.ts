import { ActorIdSchema, IdSchema } from '../primitives';
import type { Recommendation } from '../recommendation';
import type { RecommendationPatch } from '../recommendation-edit';
import { PrioritySchema, ResponseSchema } from '../response';
import { StageIdSchema } from '../taxonomy';
import { type GroupBy, NONE_LANE } from './lanes';

export type RetagCard = Pick<
  Recommendation,
  'stageIds' | 'actorIds' | 'leadActorId' | 'workshopId' | 'priority' | 'response'
>;

/** The list with `from` replaced by `to` where it stood (or `to` added), each value once. */
function replaced<T>(values: readonly T[], from: T | null, to: T): T[] {
  return [...new Set([...values.map((value) => (value === from ? to : value)), to])];
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

function retagStages(card: RetagCard, from: string, to: string): RecommendationPatch | null {
  if (to === NONE_LANE) return card.stageIds.length > 0 ? { stageIds: [] } : null;
  const stage = StageIdSchema.safeParse(to);
  const previous = StageIdSchema.safeParse(from);
  if (!stage.success) return null;
  const stageIds = replaced(card.stageIds, previous.success ? previous.data : null, stage.data);
  return sameList(stageIds, card.stageIds) ? null : { stageIds };
}

function retagActors(card: RetagCard, from: string, to: string): RecommendationPatch | null {
  if (to === NONE_LANE) {
    const cleared = card.actorIds.length > 0 || card.leadActorId !== null;
    return cleared ? { actorIds: [], leadActorId: null } : null;
  }
  if (!ActorIdSchema.safeParse(to).success) return null;
  const actorIds = replaced(card.actorIds, from, to);
  // The lead must stay among the actors: the one who replaced it leads now.
  const leadActorId = card.leadActorId === from ? to : card.leadActorId;
  const patch: RecommendationPatch = {};
  if (!sameList(actorIds, card.actorIds)) patch.actorIds = actorIds;
  if (leadActorId !== card.leadActorId) patch.leadActorId = leadActorId;
  return Object.keys(patch).length > 0 ? patch : null;
}

function retagLead(card: RetagCard, to: string): RecommendationPatch | null {
  if (to === NONE_LANE) return card.leadActorId === null ? null : { leadActorId: null };
  if (!ActorIdSchema.safeParse(to).success || card.leadActorId === to) return null;
  const patch: RecommendationPatch = { leadActorId: to };
  if (!card.actorIds.includes(to)) patch.actorIds = [...card.actorIds, to];
  return patch;
}

/** A patch setting one field, or null when the value is not valid (undefined) or unchanged. */
function setTo<T>(current: T, next: T | undefined, patch: (value: T) => RecommendationPatch) {
  return next === undefined || next === current ? null : patch(next);
}

/**
 * What dropping a card from one lane into another changes: only the value the lanes stand
 * for. A card in the 'return' and 'transit' lanes dragged from 'return' to 'reintegration'
 * keeps 'transit'; into the 'none' lane the value is cleared; from it, set. Actors keep the
 * rule that the lead is one of them. Null when nothing changes, when the board is not grouped,
 * or when a lane key is not a value of the group.
 */
export function retagForLane(
  card: RetagCard,
  groupBy: GroupBy,
  fromLaneKey: string,
  toLaneKey: string,
): RecommendationPatch | null {
  if (fromLaneKey === toLaneKey) return null;
  const cleared = toLaneKey === NONE_LANE;
  switch (groupBy) {
    case 'none':
      return null;
    case 'stage':
      return retagStages(card, fromLaneKey, toLaneKey);
    case 'actor':
      return retagActors(card, fromLaneKey, toLaneKey);
    case 'lead_actor':
      return retagLead(card, toLaneKey);
    case 'workshop': {
      const workshopId = cleared ? null : IdSchema.safeParse(toLaneKey).data;
      return setTo(card.workshopId, workshopId, (value) => ({ workshopId: value }));
    }
    case 'priority': {
      const priority = cleared ? null : PrioritySchema.safeParse(toLaneKey).data;
      return setTo(card.priority, priority, (value) => ({ priority: value }));
    }
    case 'response': {
      const response = ResponseSchema.safeParse(toLaneKey).data;
      return setTo(card.response, response, (value) => ({ response: value }));
    }
  }
}
