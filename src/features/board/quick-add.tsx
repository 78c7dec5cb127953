import { type FormEvent, useId, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { useCreateRecommendation } from '../../queries/card-queries';
import { Icon } from '../../ui/icon';
import styles from './quick-add.module.css';

/**
 * Type a recommendation, press Enter, type the next: the fastest way to take down what a
 * meeting said. The field stays open until Escape or it is left empty.
 */
export function QuickAdd({
  boardId,
  columnId,
  columnName,
}: {
  boardId: string;
  columnId: string;
  columnName: string;
}) {
  const { t } = useI18n();
  const inputId = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const create = useCreateRecommendation(boardId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = text.trim();
    if (value.length === 0) return setOpen(false);
    create.mutate({ text: value, columnId }, { onSuccess: () => setText('') });
  };

  if (!open) {
    return (
      <button type="button" className={styles.opener} onClick={() => setOpen(true)}>
        <Icon name="plus" />
        {t('quickAdd.open')}
        <span className="visually-hidden"> {t('quickAdd.inColumn', { column: columnName })}</span>
      </button>
    );
  }
  return (
    <form className={styles.form} onSubmit={submit}>
      <label htmlFor={inputId} className="visually-hidden">
        {t('quickAdd.label', { column: columnName })}
      </label>
      <textarea
        id={inputId}
        className={styles.input}
        value={text}
        rows={2}
        // biome-ignore lint/a11y/noAutofocus: the user just asked for this field by pressing "Add".
        autoFocus
        placeholder={t('quickAdd.placeholder')}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            setText('');
            setOpen(false);
          } else if (event.key === 'Enter' && !event.shiftKey) {
            submit(event);
          }
        }}
      />
      <p className={styles.hint}>{t('quickAdd.hint')}</p>
    </form>
  );
}
