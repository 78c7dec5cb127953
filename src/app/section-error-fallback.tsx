import type { FallbackProps } from 'react-error-boundary';
import { useI18n } from '../i18n/i18n-context';
import { Button } from '../ui/button';
import styles from './root-error-fallback.module.css';

/** A failure inside one page or dialog: the rest of the app keeps working. */
export function SectionErrorFallback({ error, resetErrorBoundary }: FallbackProps) {
  const { t } = useI18n();
  return (
    <div className={styles.fallback} role="alert">
      <h2>{t('error.sectionTitle')}</h2>
      <p>{t('error.sectionBody')}</p>
      <Button variant="primary" onClick={resetErrorBoundary}>
        {t('error.retry')}
      </Button>
      <details className={styles.details}>
        <summary>{t('error.details')}</summary>
        <pre>{error instanceof Error ? error.message : String(error)}</pre>
      </details>
    </div>
  );
}
