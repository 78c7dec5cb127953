import { type RefObject, useId, useRef, useState } from 'react';
import { CalendarDateSchema } from '../../domain/primitives';
import { useI18n } from '../../i18n/i18n-context';
import styles from './triage.module.css';

interface DueDateFieldProps {
  /** The card's due date (YYYY-MM-DD), or null. */
  value: string | null;
  inputRef: RefObject<HTMLInputElement | null>;
  onCommit: (date: string) => void;
  onLeave: () => void;
}

/**
 * The browser's own date picker. A date is saved on Enter or when the field is left, never
 * while typing: the year 2026 passes through 0002 and 0020, each a valid date.
 */
export function DueDateField({ value, inputRef, onCommit, onLeave }: DueDateFieldProps) {
  const { t } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState(value ?? '');
  const [shownFor, setShownFor] = useState(value);
  // Another card, or an undo: show the stored date again.
  if (shownFor !== value) {
    setShownFor(value);
    setDraft(value ?? '');
  }
  // Escape leaves the field without saving; the blur that follows must not save either.
  const cancelled = useRef(false);
  const commit = () => {
    if (cancelled.current) {
      cancelled.current = false;
      setDraft(value ?? '');
      return;
    }
    if (draft !== (value ?? '') && CalendarDateSchema.safeParse(draft).success) onCommit(draft);
  };
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.fieldLabel}>
        <kbd>d</kbd> {t('triage.field.due')}
      </label>
      <input
        id={id}
        ref={inputRef}
        type="date"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          // Leaving the field blurs it, and the blur saves.
          if (event.key === 'Enter') {
            event.preventDefault();
            onLeave();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            cancelled.current = true;
            onLeave();
          }
        }}
      />
    </div>
  );
}
