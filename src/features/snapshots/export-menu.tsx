import { useId, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import styles from './snapshots.module.css';
import type { ExportChoice, ExportFormat } from './use-export';

const FORMATS: readonly ExportFormat[] = ['json', 'csv', 'markdown', 'png', 'print'];

interface ExportMenuProps {
  choose: () => Promise<ExportChoice>;
  run: (format: ExportFormat, choice: ExportChoice, onlyFiltered: boolean) => Promise<void>;
  busy: boolean;
  onError: (error: unknown) => void;
}

/**
 * The Export button and its popover (the platform's: Escape and a click outside close it,
 * Tab moves through it). Opening it reads the board once; when the URL carries a filter, it
 * offers the filtered cards alone.
 */
export function ExportMenu({ choose, run, busy, onError }: ExportMenuProps) {
  const { t } = useI18n();
  const id = useId();
  const popover = useRef<HTMLDivElement>(null);
  const [choice, setChoice] = useState<ExportChoice | null>(null);
  const [onlyFiltered, setOnlyFiltered] = useState(true);

  const onToggle = (event: React.ToggleEvent<HTMLDivElement>) => {
    if (event.newState !== 'open') return;
    setChoice(null);
    choose().then(setChoice, onError);
  };
  const start = (format: ExportFormat) => {
    if (!choice) return;
    popover.current?.hidePopover?.();
    run(format, choice, onlyFiltered).catch(onError);
  };

  return (
    <>
      <Button popoverTarget={id} disabled={busy}>
        {t('snapshots.export.button')}
      </Button>
      <div ref={popover} id={id} popover="auto" className={styles.menu} onToggle={onToggle}>
        {choice === null ? (
          <p role="status">{t('snapshots.export.reading')}</p>
        ) : (
          <>
            {choice.filtered && (
              <fieldset className={styles.scope}>
                <legend>{t('snapshots.export.scope')}</legend>
                <label>
                  <input
                    type="radio"
                    checked={onlyFiltered}
                    onChange={() => setOnlyFiltered(true)}
                  />
                  {t('snapshots.export.filtered', { count: choice.filtered.length })}
                </label>
                <label>
                  <input
                    type="radio"
                    checked={!onlyFiltered}
                    onChange={() => setOnlyFiltered(false)}
                  />
                  {t('snapshots.export.whole', { count: choice.boardCards.length })}
                </label>
              </fieldset>
            )}
            <ul className={styles.menuItems}>
              {FORMATS.map((format) => (
                <li key={format}>
                  <button type="button" className={styles.menuItem} onClick={() => start(format)}>
                    <span>{t(`snapshots.export.${format}`)}</span>
                    <span className={styles.menuHint}>{t(`snapshots.export.${format}.hint`)}</span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </>
  );
}
