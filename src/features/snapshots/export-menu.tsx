import { useEffect, useId, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { useRepositories } from '../../queries/repositories-context';
import {
  type ExportChoice,
  type ExportContext,
  type ExportFormat,
  readExportChoice,
  runExport,
} from './export-work';
import styles from './snapshots.module.css';

const FORMATS: readonly ExportFormat[] = ['json', 'csv', 'markdown', 'png', 'print'];

interface ExportMenuProps extends Pick<ExportContext, 'onStatus' | 'onPrint'> {
  /** Closes the popover: the export goes on after the menu has gone. */
  close: () => void;
  onError: (error: unknown) => void;
}

/**
 * The Export popover's content, shown each time it opens: it reads the board once and, when
 * the URL carries a filter, offers the filtered cards alone.
 */
export function ExportMenu({ close, onStatus, onPrint, onError }: ExportMenuProps) {
  const repositories = useRepositories();
  const i18n = useI18n();
  const { t } = i18n;
  const [choice, setChoice] = useState<ExportChoice | null>(null);
  const [onlyFiltered, setOnlyFiltered] = useState(true);
  // One name makes the two a radio group: arrow keys move between them, "1 of 2" is read.
  const scopeName = useId();

  useEffect(() => {
    let shown = true;
    readExportChoice(repositories, t).then((read) => shown && setChoice(read), onError);
    return () => {
      shown = false;
    };
  }, [repositories, t, onError]);

  const start = (format: ExportFormat) => {
    if (!choice) return;
    close();
    runExport(format, choice, onlyFiltered, { repositories, i18n, onStatus, onPrint }).catch(
      onError,
    );
  };

  if (choice === null) return <p role="status">{t('snapshots.export.reading')}</p>;
  return (
    <>
      {choice.filtered && (
        <fieldset className={styles.scope}>
          <legend>{t('snapshots.export.scope')}</legend>
          <label>
            <input
              type="radio"
              name={scopeName}
              checked={onlyFiltered}
              onChange={() => setOnlyFiltered(true)}
            />
            {t('snapshots.export.filtered', { count: choice.filtered.length })}
          </label>
          <label>
            <input
              type="radio"
              name={scopeName}
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
  );
}
