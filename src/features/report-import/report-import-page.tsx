import { useId } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { ReadingStatus } from './reading-status';
import styles from './report-import.module.css';
import { ReportReview } from './report-review';
import { ReportSourceForm } from './report-source-form';
import { useReportReading } from './use-report-reading';

/**
 * From a workshop report to cards: open or paste the report, review the recommendations the
 * extractor found beside the report itself, and add the chosen ones to triage in one step.
 */
export function ReportImportPage({ boardId }: { boardId: string }) {
  const { t } = useI18n();
  const headingId = useId();
  const { state, read, reset } = useReportReading();
  return (
    <section className={styles.page} aria-labelledby={headingId}>
      <header>
        <h2 id={headingId} className={styles.heading}>
          {t('reportImport.title')}
        </h2>
        <p className={styles.intro}>{t('reportImport.intro')}</p>
      </header>
      {state.status !== 'read' && (
        <ReportSourceForm
          busy={state.status === 'reading'}
          onRead={(input) => void read(input, t('reportImport.pasted'))}
        />
      )}
      <ReadingStatus state={state} />
      {state.status === 'read' && (
        <ReportReview boardId={boardId} reading={state.reading} onStartOver={reset} />
      )}
    </section>
  );
}
