import type { Column } from '../../domain/column';
import { PRIORITIES, RESPONSES } from '../../domain/response';
import type { Workshop } from '../../domain/workshop';
import { useI18n } from '../../i18n/i18n-context';
import { BijoyOffer } from '../../ui/bijoy-offer';
import { DateField } from '../../ui/date-field';
import { FormField } from '../../ui/form-field';
import { useBijoyPaste } from '../../ui/use-bijoy-paste';
import styles from './card-editor.module.css';
import type { RecommendationDraft } from './recommendation-draft';

export interface DraftFieldsProps {
  draft: RecommendationDraft;
  change: (patch: Partial<RecommendationDraft>) => void;
  errors: Record<string, string>;
}

interface MainFieldsProps extends DraftFieldsProps {
  columns: readonly Column[];
  workshops: readonly Workshop[];
}

/** What the recommendation says, where it comes from, and where it stands. */
export function MainFields({ draft, change, errors, columns, workshops }: MainFieldsProps) {
  const { t, formatDate, columnName } = useI18n();
  const textPaste = useBijoyPaste();
  const titlePaste = useBijoyPaste();
  return (
    <div className={styles.fields}>
      <FormField label={t('field.text')} hint={t('field.textHint')} error={errors.text}>
        <textarea
          rows={5}
          value={draft.text}
          onChange={(e) => change({ text: e.target.value })}
          onPaste={textPaste.onPaste}
        />
      </FormField>
      <BijoyOffer paste={textPaste} value={draft.text} onConvert={(text) => change({ text })} />
      <FormField label={t('field.title')} hint={t('field.titleHint')} error={errors.title}>
        <input
          value={draft.title}
          onChange={(e) => change({ title: e.target.value })}
          onPaste={titlePaste.onPaste}
        />
      </FormField>
      <BijoyOffer paste={titlePaste} value={draft.title} onConvert={(title) => change({ title })} />
      <FormField label={t('field.workshopId')} error={errors.workshopId}>
        <select value={draft.workshopId} onChange={(e) => change({ workshopId: e.target.value })}>
          <option value="">{t('card.noWorkshop')}</option>
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
      <FormField label={t('field.raisedBy')} hint={t('field.raisedByHint')} error={errors.raisedBy}>
        <input value={draft.raisedBy} onChange={(e) => change({ raisedBy: e.target.value })} />
      </FormField>
      <FormField
        label={t('field.sourceLocator')}
        hint={t('field.sourceLocatorHint')}
        error={errors.sourceLocator}
      >
        <input
          value={draft.sourceLocator}
          onChange={(e) => change({ sourceLocator: e.target.value })}
        />
      </FormField>
      <div className={styles.pair}>
        <FormField label={t('field.response')} error={errors.response}>
          <select
            value={draft.response}
            onChange={(e) =>
              change({ response: e.target.value as RecommendationDraft['response'] })
            }
          >
            {RESPONSES.map((response) => (
              <option key={response} value={response}>
                {t(`response.${response}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label={t('field.columnId')} error={errors.columnId}>
          <select value={draft.columnId} onChange={(e) => change({ columnId: e.target.value })}>
            {columns.map((column) => (
              <option key={column.id} value={column.id}>
                {columnName(column)}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      <div className={styles.pair}>
        <FormField label={t('field.priority')} error={errors.priority}>
          <select
            value={draft.priority}
            onChange={(e) =>
              change({ priority: e.target.value as RecommendationDraft['priority'] })
            }
          >
            <option value="">{t('field.noPriority')}</option>
            {PRIORITIES.map((priority) => (
              <option key={priority} value={priority}>
                {t(`priority.${priority}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label={t('field.dueDate')} hint={t('field.dueDateHint')} error={errors.dueDate}>
          <DateField value={draft.dueDate} onChange={(dueDate) => change({ dueDate })} />
        </FormField>
      </div>
      <FormField label={t('field.labels')} hint={t('field.labelsHint')} error={errors.labels}>
        <input value={draft.labels} onChange={(e) => change({ labels: e.target.value })} />
      </FormField>
    </div>
  );
}
