import { type FormEvent, useState } from 'react';
import type { Actor } from '../../domain/actor';
import { ACTOR_GROUPS } from '../../domain/taxonomy';
import { useI18n } from '../../i18n/i18n-context';
import { changedFields } from '../../lib/changed-fields';
import { useCreateActor, useLiveActors, useUpdateActor } from '../../queries/actor-queries';
import { Button } from '../../ui/button';
import { FormField } from '../../ui/form-field';
import { useToasts } from '../../ui/toast/toast-context';
import { useFocusFirstInvalid } from '../../ui/use-focus-first-invalid';
import styles from './actor-form.module.css';
import {
  type ActorField,
  type ActorFormErrors,
  type FieldError,
  initialActorValues,
  validateActorForm,
} from './actor-form-values';

interface ActorFormProps {
  boardId: string;
  /** The user actor to edit, or null to add one. */
  actor: Actor | null;
  onDone: () => void;
}

/** Adds or edits a user actor. Nothing is saved until every field is valid. */
export function ActorForm({ boardId, actor, onDone }: ActorFormProps) {
  const { t } = useI18n();
  const toasts = useToasts();
  const liveActors = useLiveActors(boardId);
  const create = useCreateActor(boardId);
  const update = useUpdateActor();
  const [values, setValues] = useState(() => initialActorValues(actor));
  const [errors, setErrors] = useState<ActorFormErrors>({});
  const { ref: formRef, focusFirstInvalid } = useFocusFirstInvalid();

  const set = (field: ActorField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors(({ [field]: _fixed, ...rest }) => rest);
  };
  const message = (error: FieldError | undefined) => error && t(error.key, error.params);
  const saved = (saved: Actor, key: 'actors.created' | 'actors.saved') => {
    toasts.show({ tone: 'info', message: t(key, { abbr: saved.abbr }) });
    onDone();
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validateActorForm(values, liveActors, actor?.id);
    if (!result.ok) {
      setErrors(result.errors);
      focusFirstInvalid();
      return;
    }
    if (!actor) {
      create.mutate(result.value, { onSuccess: (a) => saved(a, 'actors.created') });
      return;
    }
    const before = { name: actor.name, abbr: actor.abbr, group: actor.group };
    const patch = changedFields(before, result.value);
    if (Object.keys(patch).length === 0) return onDone();
    update.mutate({ id: actor.id, patch }, { onSuccess: (a) => saved(a, 'actors.saved') });
  };

  return (
    <form ref={formRef} className={styles.form} onSubmit={onSubmit} noValidate>
      <FormField label={t('actors.field.name')} error={message(errors.name)}>
        <input
          type="text"
          required
          value={values.name}
          onChange={(e) => set('name', e.currentTarget.value)}
        />
      </FormField>
      <FormField
        label={t('actors.field.abbr')}
        hint={t('actors.field.abbrHint')}
        error={message(errors.abbr)}
      >
        <input
          type="text"
          required
          value={values.abbr}
          onChange={(e) => set('abbr', e.currentTarget.value)}
        />
      </FormField>
      <FormField label={t('actors.field.group')} error={message(errors.group)}>
        <select required value={values.group} onChange={(e) => set('group', e.currentTarget.value)}>
          <option value="">{t('actors.form.groupPlaceholder')}</option>
          {ACTOR_GROUPS.map((group) => (
            <option key={group} value={group}>
              {t(`actorGroup.${group}`)}
            </option>
          ))}
        </select>
      </FormField>
      <div className={styles.actions}>
        <Button onClick={onDone}>{t('actors.form.cancel')}</Button>
        <Button type="submit" variant="primary" disabled={create.isPending || update.isPending}>
          {actor ? t('actors.form.save') : t('actors.form.create')}
        </Button>
      </div>
    </form>
  );
}
