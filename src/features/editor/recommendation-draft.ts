import type { SdgTarget } from '../../domain/global-framework-ids';
import type { Recommendation } from '../../domain/recommendation';
import {
  type RecommendationEdit,
  RecommendationEditSchema,
} from '../../domain/recommendation-edit';
import type { Priority, Response } from '../../domain/response';
import type { StageId } from '../../domain/taxonomy';
import type { I18n } from '../../i18n/i18n-context';
import { toAsciiDigits } from '../../lib/numbers';
import { fieldErrors } from './validation-messages';

/** The editor's form state: what the inputs hold, before validation turns it into an edit. */
export interface RecommendationDraft {
  workshopId: string;
  text: string;
  title: string;
  raisedBy: string;
  sourceLocator: string;
  response: Response;
  columnId: string;
  stageIds: StageId[];
  actorIds: string[];
  leadActorId: string;
  gcmObjectives: number[];
  sdgTargets: SdgTarget[];
  priority: Priority | '';
  dueDate: string;
  labels: string;
}

export function draftFrom(card: Recommendation): RecommendationDraft {
  return {
    workshopId: card.workshopId ?? '',
    text: card.text,
    title: card.title,
    raisedBy: card.raisedBy,
    sourceLocator: card.sourceLocator,
    response: card.response,
    columnId: card.columnId,
    stageIds: card.stageIds,
    actorIds: card.actorIds,
    leadActorId: card.leadActorId ?? '',
    gcmObjectives: card.gcmObjectives,
    sdgTargets: card.sdgTargets,
    priority: card.priority ?? '',
    dueDate: card.dueDate ?? '',
    labels: card.labels.join(', '),
  };
}

export function emptyDraft(columnId: string, workshopId = ''): RecommendationDraft {
  return {
    workshopId,
    text: '',
    title: '',
    raisedBy: '',
    sourceLocator: '',
    response: 'awaiting',
    columnId,
    stageIds: [],
    actorIds: [],
    leadActorId: '',
    gcmObjectives: [],
    sdgTargets: [],
    priority: '',
    dueDate: '',
    labels: '',
  };
}

export type DraftResult =
  | { ok: true; edit: RecommendationEdit }
  | { ok: false; errors: Record<string, string> };

/** Validates a draft with the domain schema: nothing is saved until this says ok. */
export function validateDraft(draft: RecommendationDraft, t: I18n['t']): DraftResult {
  const dueDate = toAsciiDigits(draft.dueDate.trim());
  const result = RecommendationEditSchema.safeParse(
    {
      ...draft,
      workshopId: draft.workshopId || null,
      leadActorId: draft.leadActorId || null,
      priority: draft.priority || null,
      dueDate: dueDate === '' ? null : dueDate,
      labels: draft.labels
        .split(',')
        .map((label) => label.trim())
        .filter((label) => label.length > 0),
    },
    { reportInput: true },
  );
  return result.success
    ? { ok: true, edit: result.data }
    : { ok: false, errors: fieldErrors(result.error, t) };
}
