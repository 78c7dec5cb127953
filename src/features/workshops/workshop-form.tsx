import { type FormEvent, useState } from 'react';
import type { Workshop } from '../../domain/workshop';
import { WORKSHOP_KINDS } from '../../domain/workshop';
import { useI18n } from '../../i18n/i18n-context';
import { truncateGraphemes } from '../../lib/text';
import { useActorDirectory, useLiveActors } from '../../queries/actor-queries';
import { useCreateWorkshop, useUpdateWorkshop } from '../../queries/workshop-queries';
import { Button } from '../../ui/button';
import { FormField } from '../../ui/form-field';
import { useToasts } from '../../ui/toast/toast-context';
import { useFocusFirstInvalid } from '../../ui/use-focus-first-invalid';
import { OrganiserPicker } from './organiser-picker';
import styles from './workshop-form.module.css';
import {
  type FieldError,
  initialWorkshopValues,
  validateWorkshopForm,
  type WorkshopField,
  type WorkshopFormErrors,
  type WorkshopFormValues,
  workshopPatch,
} from './workshop-form-values';

interface WorkshopFormProps {
  boardId: string;
  /** The workshop to edit, or null to create one. */
  workshop: Workshop | null;
  onDone: () => void;
}

/** Creates or edits a workshop. Nothing is saved until every field is valid. */
export function WorkshopForm({ boardId, workshop, onDone }: WorkshopFormProps) {
  const { t } = useI18n();
  const toasts = useToasts();
  const liveActors = useLiveActors(boardId);
  const directory = useActorDirectory(boardId);
  const create = useCreateWorkshop(boardId);
  const update = useUpdateWorkshop();
  const [values, setValues] = useState(() => initialWorkshopValues(workshop));
  const [errors, setErrors] = useState<WorkshopFormErrors>({});
  const { ref: formRef, focusFirstInvalid } = useFocusFirstInvalid();

  const set = <K extends WorkshopField>(field: K, value: WorkshopFormValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors(({ [field]: _fixed, ...rest }) => rest);
  };
  const message = (error: FieldError | undefined) => error && t(error.key, error.params);
  const saved = (title: string, key: 'workshops.created' | 'workshops.saved') => {
    toasts.show({ tone: 'info', message: t(key, { title: truncateGraphemes(title, 80) }) });
    onDone();
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validateWorkshopForm(values);
    if (!result.ok) {
      setErrors(result.errors);
      focusFirstInvalid();
      return;
    }
    if (!workshop) {
      create.mutate(result.value, { onSuccess: (w) => saved(w.title, 'workshops.created') });
      return;
    }
    const patch = workshopPatch(workshop, result.value);
    if (Object.keys(patch).length === 0) return onDone();
    update.mutate(
      { id: workshop.id, patch },
      { onSuccess: (w) => saved(w.title, 'workshops.saved') },
    );
  };

  const pending = create.isPending || update.isPending;
  return (
    <form ref={formRef} className={styles.form} onSubmit={onSubmit} noValidate>
      <FormField label={t('workshops.field.title')} error={message(errors.title)}>
        <input
          type="text"
          required
          value={values.title}
          onChange={(e) => set('title', e.currentTarget.value)}
        />
      </FormField>
      <div className={styles.row}>
        <FormField label={t('workshops.field.date')} error={message(errors.date)}>
          <input
            type="date"
            required
            value={values.date}
            onChange={(e) => set('date', e.currentTarget.value)}
          />
        </FormField>
        <FormField label={t('workshops.field.kind')} error={message(errors.kind)}>
          <select value={values.kind} onChange={(e) => set('kind', e.currentTarget.value)}>
            {WORKSHOP_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`workshopKind.${kind}`)}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      <FormField label={t('workshops.field.place')} error={message(errors.place)}>
        <input
          type="text"
          value={values.place}
          onChange={(e) => set('place', e.currentTarget.value)}
        />
      </FormField>
      <OrganiserPicker
        liveActors={liveActors}
        directory={directory}
        selected={values.organiserIds}
        onChange={(ids) => set('organiserIds', ids)}
        error={message(errors.organiserIds)}
      />
      <FormField
        label={t('workshops.field.sourceRef')}
        hint={t('workshops.form.sourceRefHint')}
        error={message(errors.sourceRef)}
      >
        <input
          type="text"
          value={values.sourceRef}
          onChange={(e) => set('sourceRef', e.currentTarget.value)}
        />
      </FormField>
      <FormField label={t('workshops.field.notes')} error={message(errors.notes)}>
        <textarea
          rows={4}
          value={values.notes}
          onChange={(e) => set('notes', e.currentTarget.value)}
        />
      </FormField>
      <div className={styles.actions}>
        <Button onClick={onDone}>{t('workshops.form.cancel')}</Button>
        <Button type="submit" variant="primary" disabled={pending}>
          {workshop ? t('workshops.form.save') : t('workshops.form.create')}
        </Button>
      </div>
    </form>
  );
}
