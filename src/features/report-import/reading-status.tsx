import { useI18n } from '../../i18n/i18n-context';
import styles from './report-import.module.css';
import type { ReadingState } from './use-report-reading';

/**
 * Says where the reading is, in a polite live region: pages read of the total for a PDF,
 * then the extraction, then what was found (or why nothing could be).
 */
export function ReadingStatus({ state }: { state: ReadingState }) {
  const { t } = useI18n();
  let message = '';
  let progress: { done: number; total: number } | null = null;
  if (state.status === 'reading') {
    const p = state.progress;
    if (p && p.total > 0 && p.done < p.total) {
      progress = p;
      message = t('reportImport.status.pages', { done: p.done, total: p.total });
    } else if (p) message = t('reportImport.status.extracting');
    else message = t('reportImport.status.reading', { source: state.source });
  } else if (state.status === 'read') {
    const { candidates } = state.reading.extraction;
    message = t('reportImport.status.found', { count: candidates.length, source: state.source });
  } else if (state.status === 'failed') {
    message = t(`reportImport.problem.${state.problem}`, { source: state.source });
  }
  return (
    <div className={styles.status}>
      <p role="status" className={state.status === 'failed' ? styles.problem : undefined}>
        {message}
      </p>
      {progress && (
        <progress
          className={styles.progress}
          value={progress.done}
          max={progress.total}
          aria-label={t('reportImport.status.progressLabel')}
        />
      )}
    </div>
  );
}
