import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import styles from './triage.module.css';
import type { TriageScope } from './triage-queue';

export interface TriageScopeOption {
  scope: TriageScope;
  label: string;
  count: number;
}

interface TriageStartProps {
  /** The first option is the current view. */
  options: readonly TriageScopeOption[];
  /** False while the board is still being read: the counts would be short. */
  ready: boolean;
  onStart: (scope: TriageScope) => void;
  onClose: () => void;
}

/** Which cards to walk through: what the board shows now, or one column of it. */
export function TriageStart({ options, ready, onStart, onClose }: TriageStartProps) {
  const { t } = useI18n();
  const name = useId();
  const [chosen, setChosen] = useState(0);
  const option = options[chosen];
  const formRef = useRef<HTMLFormElement>(null);
  // Enter starts the session as soon as the board is read.
  useEffect(() => {
    if (ready) formRef.current?.querySelector<HTMLButtonElement>('button[type="submit"]')?.focus();
  }, [ready]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (option && option.count > 0) onStart(option.scope);
  };
  return (
    <form ref={formRef} className={styles.start} onSubmit={submit}>
      <h2 className={styles.startTitle}>{t('triage.start.title')}</h2>
      <p>{t('triage.start.intro')}</p>
      {ready ? (
        <fieldset className={styles.scopes}>
          <legend>{t('triage.start.scope')}</legend>
          {options.map((entry, index) => (
            <label
              key={entry.scope.kind === 'view' ? 'view' : entry.scope.columnId}
              className={styles.scope}
            >
              <input
                type="radio"
                name={name}
                checked={chosen === index}
                onChange={() => setChosen(index)}
              />
              {t('triage.start.option', { label: entry.label, count: entry.count })}
            </label>
          ))}
        </fieldset>
      ) : (
        <p role="status">{t('triage.start.reading')}</p>
      )}
      <div className={styles.actions}>
        <Button className={styles.choice} onClick={onClose}>
          {t('dialog.close')}
        </Button>
        <Button
          type="submit"
          variant="primary"
          className={styles.choice}
          disabled={!ready || !option || option.count === 0}
        >
          {t('triage.start.go')}
        </Button>
      </div>
    </form>
  );
}
