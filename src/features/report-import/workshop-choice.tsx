import { useId } from 'react';
import type { ActorRef } from '../../domain/actor';
import { WORKSHOP_KINDS, type Workshop } from '../../domain/workshop';
import { useI18n } from '../../i18n/i18n-context';
import { CheckboxGroup } from '../../ui/checkbox-group';
import { FormField } from '../../ui/form-field';
import styles from './report-import.module.css';
import type { WorkshopDraft, WorkshopDraftError } from './workshop-draft';

interface WorkshopChoiceProps {
  draft: WorkshopDraft;
  workshops: readonly Workshop[];
  actors: readonly ActorRef[];
  unmatchedOrganisers: readonly string[];
  errors: readonly WorkshopDraftError[];
  onChange: (change: Partial<WorkshopDraft>) => void;
}

/** Which workshop the cards come from: one on the board, or a new one from the report. */
export function WorkshopChoice(props: WorkshopChoiceProps) {
  const { draft, workshops, actors, unmatchedOrganisers, errors, onChange } = props;
  const { t, actorAbbr, actorName, formatDate } = useI18n();
  const name = useId();
  const error = (field: WorkshopDraftError) =>
    errors.includes(field) ? t(`reportImport.workshop.error.${field}`) : undefined;
  const organiserOptions = actors.filter(
    (actor) => draft.organiserIds.includes(actor.id) || actor.group !== 'destination',
  );
  return (
    <fieldset className={styles.workshop}>
      <legend className={styles.subheading}>{t('reportImport.workshop.legend')}</legend>
      <div className={styles.modes}>
        <label>
          <input
            type="radio"
            name={name}
            checked={draft.mode === 'existing'}
            disabled={workshops.length === 0}
            onChange={() => onChange({ mode: 'existing' })}
          />
          {t('reportImport.workshop.existing')}
        </label>
        <label>
          <input
            type="radio"
            name={name}
            checked={draft.mode === 'new'}
            onChange={() => onChange({ mode: 'new' })}
          />
          {t('reportImport.workshop.new')}
        </label>
      </div>
      {draft.mode === 'existing' ? (
        <FormField label={t('field.workshopId')} error={error('existingId')}>
          <select
            value={draft.existingId}
            onChange={(event) => onChange({ existingId: event.target.value })}
          >
            {workshops.map((workshop) => (
              <option key={workshop.id} value={workshop.id}>
                {t('field.workshopOption', {
                  title: workshop.title,
                  date: formatDate(workshop.date),
                })}
              </option>
            ))}
          </select>
        </FormField>
      ) : (
        <div className={styles.newWorkshop}>
          <FormField label={t('workshops.field.title')} error={error('title')}>
            <input
              required
              value={draft.title}
              onChange={(event) => onChange({ title: event.target.value })}
            />
          </FormField>
          <FormField label={t('workshops.field.date')} error={error('date')}>
            <input
              type="date"
              required
              value={draft.date}
              onChange={(event) => onChange({ date: event.target.value })}
            />
          </FormField>
          <FormField label={t('workshops.field.place')}>
            <input
              value={draft.place}
              onChange={(event) => onChange({ place: event.target.value })}
            />
          </FormField>
          <FormField label={t('workshops.field.kind')}>
            <select
              value={draft.kind}
              onChange={(event) => {
                const kind = WORKSHOP_KINDS.find((k) => k === event.target.value);
                if (kind) onChange({ kind });
              }}
            >
              {WORKSHOP_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`workshopKind.${kind}`)}
                </option>
              ))}
            </select>
          </FormField>
          <CheckboxGroup
            legend={t('workshops.field.organisers')}
            options={organiserOptions.map((actor) => ({
              value: actor.id,
              label: actorAbbr(actor),
              description: actorName(actor),
            }))}
            selected={draft.organiserIds}
            onChange={(organiserIds) => onChange({ organiserIds })}
            columns={2}
          />
          {unmatchedOrganisers.length > 0 && (
            <p className={styles.hint}>
              {t('reportImport.workshop.unmatched', { names: unmatchedOrganisers.join('; ') })}
            </p>
          )}
        </div>
      )}
    </fieldset>
  );
}
