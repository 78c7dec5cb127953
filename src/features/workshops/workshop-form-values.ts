import {
  type NewWorkshop,
  NewWorkshopSchema,
  type Workshop,
  type WorkshopPatch,
} from '../../domain/workshop';
import type { MessageKey } from '../../i18n/messages';
import { changedFields } from '../../lib/changed-fields';
import { firstIssueByField, maxLengthOf } from '../../lib/first-issue-by-field';

/** What the form holds while someone types: plain strings, checked only on submit. */
export interface WorkshopFormValues {
  title: string;
  date: string;
  kind: string;
  place: string;
  organiserIds: string[];
  sourceRef: string;
  notes: string;
}
export type WorkshopField = keyof WorkshopFormValues;

export interface FieldError {
  key: MessageKey;
  params?: Record<string, string | number>;
}
export type WorkshopFormErrors = Partial<Record<WorkshopField, FieldError>>;

export type WorkshopFormResult =
  | { ok: true; value: Required<NewWorkshop> }
  | { ok: false; errors: WorkshopFormErrors };

export function initialWorkshopValues(workshop: Workshop | null): WorkshopFormValues {
  return {
    title: workshop?.title ?? '',
    date: workshop?.date ?? '',
    kind: workshop?.kind ?? 'workshop',
    place: workshop?.place ?? '',
    organiserIds: workshop ? [...workshop.organiserIds] : [],
    sourceRef: workshop?.sourceRef ?? '',
    notes: workshop?.notes ?? '',
  };
}

const REQUIRED_MESSAGES: Partial<Record<WorkshopField, MessageKey>> = {
  title: 'workshops.error.titleRequired',
  date: 'workshops.error.date',
  kind: 'workshops.error.kind',
  organiserIds: 'workshops.error.organisers',
};

/** Validates with the same zod schema the repository uses, and says what is wrong where. */
export function validateWorkshopForm(values: WorkshopFormValues): WorkshopFormResult {
  const result = NewWorkshopSchema.safeParse(values);
  if (result.success) {
    const { place = '', organiserIds = [], sourceRef = '', notes = '', ...rest } = result.data;
    return { ok: true, value: { ...rest, place, organiserIds, sourceRef, notes } };
  }
  const errors: WorkshopFormErrors = {};
  for (const [field, issue] of firstIssueByField(result.error)) {
    const name = field as WorkshopField;
    const max = maxLengthOf(issue);
    errors[name] =
      max !== null
        ? { key: 'workshops.error.tooLong', params: { max } }
        : { key: REQUIRED_MESSAGES[name] ?? 'workshops.error.invalid' };
  }
  return { ok: false, errors };
}

/** Only the fields the person changed, so the edit is written as a patch. */
export function workshopPatch(workshop: Workshop, value: WorkshopPatch): WorkshopPatch {
  const before: WorkshopPatch = {
    title: workshop.title,
    date: workshop.date,
    kind: workshop.kind,
    place: workshop.place,
    organiserIds: workshop.organiserIds,
    sourceRef: workshop.sourceRef,
    notes: workshop.notes,
  };
  return changedFields(before, value);
}
