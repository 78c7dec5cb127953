import { type RefObject, useId, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import styles from './triage.module.css';

interface NoteFieldProps {
  inputRef: RefObject<HTMLTextAreaElement | null>;
  onAdd: (text: string) => void;
  onLeave: () => void;
}

/** A note for the card's progress notes: Enter adds it, Shift+Enter starts a new line. */
export function NoteField({ inputRef, onAdd, onLeave }: NoteFieldProps) {
  const { t } = useI18n();
  const id = useId();
  const hintId = useId();
  const [text, setText] = useState('');
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.fieldLabel}>
        <kbd>m</kbd> {t('triage.field.note')}
      </label>
      <textarea
        id={id}
        ref={inputRef}
        rows={2}
        value={text}
        aria-describedby={hintId}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey) {
            event.preventDefault();
            if (text.trim() !== '') {
              onAdd(text.trim());
              setText('');
            }
            onLeave();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            onLeave();
          }
        }}
      />
      <p id={hintId} className={styles.hint}>
        {t('triage.field.noteHint')}
      </p>
    </div>
  );
}
