import { type FormEvent, useState } from 'react';
import { ActionItemInputSchema } from '../../domain/action-item-input';
import type { ActorRef } from '../../domain/actor';
import { useI18n } from '../../i18n/i18n-context';
import { toAsciiDigits } from '../../lib/numbers';
import { useActionItems, useChangeActionItems } from '../../queries/card-detail-queries';
import { Button } from '../../ui/button';
import { DateField } from '../../ui/date-field';
import { FormField } from '../../ui/form-field';
import { ActionItemRow } from './action-item-row';
import styles from './card-editor.module.css';
import { fieldErrors } from './validation-messages';

interface ActionItemsSectionProps {
  boardId: string;
  cardId: string;
  actors: readonly ActorRef[];
}

/** The steps toward implementing a recommendation: add, tick, edit, reorder, delete. */
export function ActionItemsSection({ boardId, cardId, actors }: ActionItemsSectionProps) {
  const { t, actorAbbr } = useI18n();
  const { data: items = [] } = useActionItems(boardId, cardId);
  const change = useChangeActionItems(boardId, cardId);
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const add = (event: FormEvent) => {
    event.preventDefault();
    const dueDate = toAsciiDigits(due.trim());
    const parsed = ActionItemInputSchema.safeParse(
      { text, ownerActorId: owner || null, dueDate: dueDate || null },
      { reportInput: true },
    );
    if (!parsed.success) return setErrors(fieldErrors(parsed.error, t));
    setErrors({});
    change.mutate(
      { kind: 'create', input: parsed.data },
      {
        onSuccess: () => {
          setText('');
          setDue('');
        },
      },
    );
  };

  const done = items.filter((item) => item.done).length;
  return (
    <section className={styles.section} aria-labelledby="action-items-heading">
      <h3 id="action-items-heading" className={styles.sectionTitle}>
        {t('actions.title')}
        {items.length > 0 && (
          <span className={styles.sectionCount}>
            {t('actions.progress', { done, total: items.length })}
          </span>
        )}
      </h3>
      {items.length === 0 ? (
        <p className={styles.muted}>{t('actions.empty')}</p>
      ) : (
        <ol className={styles.list}>
          {items.map((item, index) => (
            <ActionItemRow
              key={item.id}
              item={item}
              index={index}
              count={items.length}
              actors={actors}
              onChange={(actionChange) => change.mutate(actionChange)}
            />
          ))}
        </ol>
      )}
      <form className={styles.inlineForm} onSubmit={add} noValidate>
        <FormField label={t('actions.new')} error={errors.text}>
          <input value={text} onChange={(e) => setText(e.target.value)} />
        </FormField>
        <FormField label={t('actions.owner')} error={errors.ownerActorId}>
          <select value={owner} onChange={(e) => setOwner(e.target.value)}>
            <option value="">{t('field.none')}</option>
            {actors.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actorAbbr(actor)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label={t('actions.due')} error={errors.dueDate}>
          <DateField value={due} onChange={setDue} />
        </FormField>
        <Button type="submit">{t('actions.add')}</Button>
      </form>
    </section>
  );
}
