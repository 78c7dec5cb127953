import type { ActorRef } from '../../domain/actor';
import { CalendarDateSchema } from '../../domain/primitives';
import type { WorkshopHeader } from '../../domain/report-extraction/types';
import type { NewWorkshop, Workshop, WorkshopKind } from '../../domain/workshop';
import { matchingWorkshop, matchOrganisers } from './workshop-match';

/** The workshop part of the review screen: pick one the board has, or describe a new one. */
export interface WorkshopDraft {
  mode: 'existing' | 'new';
  existingId: string;
  title: string;
  date: string;
  place: string;
  kind: WorkshopKind;
  organiserIds: string[];
}

export type WorkshopTarget = { existingId: string } | { create: NewWorkshop };
export type WorkshopDraftError = 'existingId' | 'title' | 'date';

/**
 * Prefilled from the report's header: the board's workshop it names if there is one, else a
 * new workshop with the header's title, date, place and the organisers matched to actors.
 */
export function initialWorkshopDraft(
  header: WorkshopHeader,
  workshops: readonly Workshop[],
  actors: readonly ActorRef[],
): { draft: WorkshopDraft; unmatchedOrganisers: string[] } {
  const existing = matchingWorkshop(header, workshops);
  const organisers = matchOrganisers(header.organisers, actors);
  return {
    draft: {
      mode: existing ? 'existing' : 'new',
      existingId: existing?.id ?? workshops[0]?.id ?? '',
      title: header.title ?? '',
      date: header.date ?? '',
      place: header.place ?? '',
      kind: 'workshop',
      organiserIds: organisers.actorIds,
    },
    unmatchedOrganisers: organisers.unmatched,
  };
}

export function workshopTarget(
  draft: WorkshopDraft,
): { ok: true; target: WorkshopTarget } | { ok: false; errors: WorkshopDraftError[] } {
  if (draft.mode === 'existing') {
    return draft.existingId === ''
      ? { ok: false, errors: ['existingId'] }
      : { ok: true, target: { existingId: draft.existingId } };
  }
  const errors: WorkshopDraftError[] = [];
  if (draft.title.trim() === '') errors.push('title');
  if (!CalendarDateSchema.safeParse(draft.date).success) errors.push('date');
  if (errors.length > 0) return { ok: false, errors };
  const { title, date, place, kind, organiserIds } = draft;
  return { ok: true, target: { create: { title, date, place, kind, organiserIds } } };
}
