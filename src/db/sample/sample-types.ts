import type { DefaultColumnKey } from '../../domain/default-columns';
import type { SdgTarget } from '../../domain/global-framework-ids';
import type { Priority, Response } from '../../domain/response';
import type { StageId } from '../../domain/taxonomy';
import type { WorkshopKind } from '../../domain/workshop';

/**
 * The sample board as written by hand from the seed documents in shared/seeds. The loader adds
 * board id, ranks and times, and validates every row with the domain schemas before writing.
 */
export interface SampleWorkshop {
  id: string;
  title: string;
  date: string;
  place: string;
  organiserIds: string[];
  kind: WorkshopKind;
  sourceRef: string;
  notes: string;
}

export interface SampleRecommendation {
  id: string;
  workshopId: string;
  text: string;
  title: string;
  raisedBy: string;
  response: Response;
  column: DefaultColumnKey;
  stageIds: StageId[];
  actorIds: string[];
  leadActorId: string | null;
  gcmObjectives: number[];
  sdgTargets: SdgTarget[];
  priority: Priority | null;
  labels: string[];
}

/** What every card raised by one speaker at one meeting shares, with the triage defaults. */
export function spokenAt(
  workshopId: string,
  raisedBy: string,
): Pick<SampleRecommendation, 'workshopId' | 'raisedBy' | 'response' | 'column'> {
  return { workshopId, raisedBy, response: 'awaiting', column: 'triage' };
}
