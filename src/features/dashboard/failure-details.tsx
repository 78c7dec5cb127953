import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import styles from './failure-details.module.css';

/** What to do when the figures failed (try again), and what failed, for whoever helps. */
export function FailureDetails({ message, onRetry }: { message: string; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <div className={styles.failure}>
      <Button variant="primary" onClick={onRetry}>
        {t('error.retry')}
      </Button>
      <details className={styles.details}>
        <summary>{t('error.details')}</summary>
        <pre>{message}</pre>
      </details>
    </div>
  );
}
