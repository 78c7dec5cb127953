import { useState } from 'react';
import type { ActionItem } from '../../domain/action-item';
import type { ActorRef } from '../../domain/actor';
import { CalendarDateSchema } from '../../domain/primitives';
import { useI18n } from '../../i18n/i18n-context';
import { toAsciiDigits } from '../../lib/numbers';
import type { ActionItemChange } from '../../queries/card-detail-queries';
import { DateField } from '../../ui/date-field';
import styles from './card-editor.module.css';

interface ActionItemDetailsProps {
  item: ActionItem;
  actors: readonly ActorRef[];
  onChange: (change: ActionItemChange) => void;
}

/** An action item's owner and due date, edited in place; a bad date is explained, not saved. */
export function ActionItemDetails({ item, actors, onChange }: ActionItemDetailsProps) {
  const { t, actorAbbr } = useI18n();
  const [due, setDue] = useState(item.dueDate ?? '');
  const [dueError, setDueError] = useState<string | null>(null);
  const errorId = `${item.id}-due-error`;
  const saveDue = (typed: string) => {
    const value = toAsciiDigits(typed.trim());
    if (value === (item.dueDate ?? '')) return setDueError(null);
    if (value !== '' && !CalendarDateSchema.safeParse(value).success) {
      return setDueError(t('validation.invalidDate', { value }));
    }
    setDueError(null);
    onChange({ kind: 'update', id: item.id, patch: { dueDate: value === '' ? null : value } });
  };
  return (
    <div className={styles.actionDetails}>
      <select
        aria-label={t('actions.ownerOf', { text: item.text })}
        value={item.ownerActorId ?? ''}
        onChange={(e) =>
          onChange({ kind: 'update', id: item.id, patch: { ownerActorId: e.target.value || null } })
        }
      >
        <option value="">{t('actions.noOwner')}</option>
        {actors.map((actor) => (
          <option key={actor.id} value={actor.id}>
            {actorAbbr(actor)}
          </option>
        ))}
      </select>
      <DateField
        aria-label={t('actions.dueOf', { text: item.text })}
        chooseLabel={t('dateField.chooseFor', { text: item.text })}
        value={due}
        aria-invalid={dueError ? true : undefined}
        aria-describedby={dueError ? errorId : undefined}
        onChange={setDue}
        onPick={saveDue}
        onBlur={() => saveDue(due)}
      />
      {dueError && (
        <span id={errorId} className={styles.inlineError}>
          {dueError}
        </span>
      )}
    </div>
  );
}
