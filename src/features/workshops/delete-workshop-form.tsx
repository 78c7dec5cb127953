import { type FormEvent, useId, useState } from 'react';
import type { Workshop, WorkshopRemoval, WorkshopRemovalAction } from '../../domain/workshop';
import { useI18n } from '../../i18n/i18n-context';
import { truncateGraphemes } from '../../lib/text';
import { useWorkshopRecommendationCount } from '../../queries/workshop-queries';
import { Button } from '../../ui/button';
import { FormField } from '../../ui/form-field';
import styles from './delete-workshop-form.module.css';

interface DeleteWorkshopFormProps {
  boardId: string;
  workshop: Workshop;
  /** The workshops its recommendations could move to. */
  otherWorkshops: readonly Workshop[];
  pending: boolean;
  onConfirm: (removal: WorkshopRemoval, target?: Workshop) => void;
  onCancel: () => void;
}

/**
 * Says how many recommendations the workshop has and asks what happens to them: moved,
 * kept without a workshop, or deleted too. Keeping them is preselected: it loses nothing.
 */
export function DeleteWorkshopForm(props: DeleteWorkshopFormProps) {
  const { boardId, workshop, otherWorkshops, pending, onConfirm, onCancel } = props;
  const { t, formatDate } = useI18n();
  const id = useId();
  const { data: count, error } = useWorkshopRecommendationCount(boardId, workshop.id);
  const [action, setAction] = useState<WorkshopRemovalAction>('detach');
  const [targetId, setTargetId] = useState('');
  const [targetMissing, setTargetMissing] = useState(false);
  if (error) throw error;
  const title = truncateGraphemes(workshop.title, 120);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (count === undefined) return;
    // With no recommendations there is nothing to move: 'detach' touches no card.
    if (count === 0) return onConfirm({ recommendations: 'detach' });
    if (action !== 'move') return onConfirm({ recommendations: action });
    const target = otherWorkshops.find((w) => w.id === targetId);
    if (!target) {
      setTargetMissing(true);
      return;
    }
    onConfirm({ recommendations: 'move', toWorkshopId: target.id }, target);
  };

  const choice = (value: WorkshopRemovalAction, label: string, disabled = false) => (
    <label className={styles.choice}>
      <input
        type="radio"
        name={`${id}-action`}
        value={value}
        checked={action === value}
        disabled={disabled}
        onChange={() => setAction(value)}
      />
      {label}
    </label>
  );

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate>
      {count === undefined && <p role="status">{t('workshops.deleteDialog.counting')}</p>}
      {count === 0 && <p>{t('workshops.deleteDialog.noRecommendations', { title })}</p>}
      {count !== undefined && count > 0 && (
        <fieldset className={styles.choices}>
          <legend className={styles.question}>
            {t('workshops.deleteDialog.count', { title, count })}
          </legend>
          {choice('move', t('workshops.deleteDialog.move'), otherWorkshops.length === 0)}
          {otherWorkshops.length === 0 && (
            <p className={styles.hint}>{t('workshops.deleteDialog.noOtherWorkshop')}</p>
          )}
          {action === 'move' && (
            <div className={styles.target}>
              <FormField
                label={t('workshops.deleteDialog.moveTarget')}
                error={targetMissing ? t('workshops.deleteDialog.targetRequired') : undefined}
              >
                <select
                  value={targetId}
                  onChange={(e) => {
                    setTargetId(e.currentTarget.value);
                    setTargetMissing(false);
                  }}
                >
                  <option value="">{t('workshops.deleteDialog.chooseTarget')}</option>
                  {otherWorkshops.map((w) => (
                    <option key={w.id} value={w.id}>
                      {`${truncateGraphemes(w.title, 90)} (${formatDate(w.date)})`}
                    </option>
                  ))}
                </select>
              </FormField>
            </div>
          )}
          {choice('detach', t('workshops.deleteDialog.detach'))}
          {choice('delete', t('workshops.deleteDialog.deleteToo'))}
        </fieldset>
      )}
      <p className={styles.hint}>{t('workshops.deleteDialog.undoHint')}</p>
      <div className={styles.actions}>
        <Button onClick={onCancel}>{t('workshops.deleteDialog.cancel')}</Button>
        <Button type="submit" variant="danger" disabled={pending || count === undefined}>
          {t('workshops.deleteDialog.confirm')}
        </Button>
      </div>
    </form>
  );
}
