import {
  type Actor,
  type ActorRef,
  abbrTakenBy,
  type NewActor,
  NewActorSchema,
} from '../../domain/actor';
import type { MessageKey } from '../../i18n/messages';
import { firstIssueByField, maxLengthOf } from '../../lib/first-issue-by-field';

export interface ActorFormValues {
  name: string;
  abbr: string;
  /** Empty until a group is chosen: there is no sensible default. */
  group: string;
}
export type ActorField = keyof ActorFormValues;

export interface FieldError {
  key: MessageKey;
  params?: Record<string, string | number>;
}
export type ActorFormErrors = Partial<Record<ActorField, FieldError>>;

export type ActorFormResult =
  | { ok: true; value: Required<NewActor> }
  | { ok: false; errors: ActorFormErrors };

export function initialActorValues(actor: Actor | null): ActorFormValues {
  return { name: actor?.name ?? '', abbr: actor?.abbr ?? '', group: actor?.group ?? '' };
}

const MISSING: Partial<Record<ActorField, MessageKey>> = {
  name: 'actors.error.nameRequired',
  abbr: 'actors.error.abbrRequired',
  group: 'actors.error.group',
};

/**
 * Validates with the schema the repository uses, and checks the abbreviation against the
 * live actors (built-in and the board's) so the clash shows next to the field, not in a toast.
 */
export function validateActorForm(
  values: ActorFormValues,
  liveActors: readonly ActorRef[],
  editingId?: string,
): ActorFormResult {
  const result = NewActorSchema.safeParse(values);
  const errors: ActorFormErrors = {};
  if (!result.success) {
    for (const [field, issue] of firstIssueByField(result.error)) {
      const name = field as ActorField;
      const max = maxLengthOf(issue);
      errors[name] =
        max !== null
          ? { key: 'actors.error.tooLong', params: { max } }
          : { key: MISSING[name] ?? 'actors.error.invalid' };
    }
  }
  const taken = values.abbr.trim() ? abbrTakenBy(values.abbr, liveActors, editingId) : undefined;
  if (taken && !errors.abbr) {
    errors.abbr = {
      key: 'actors.error.abbrTaken',
      params: { abbr: taken.abbr, name: taken.name },
    };
  }
  if (result.success && Object.keys(errors).length === 0) return { ok: true, value: result.data };
  return { ok: false, errors };
}
