import type { FallbackProps } from 'react-error-boundary';
import { useI18n } from '../i18n/i18n-context';
import { StorageUnavailableError } from '../repositories/open-repositories';
import { Button } from '../ui/button';
import styles from './root-error-fallback.module.css';

/** The last line of defence: explains, offers a reload, and shows what broke. */
export function RootErrorFallback({ error }: FallbackProps) {
  const { t } = useI18n();
  const storageProblem = error instanceof StorageUnavailableError;
  return (
    <main className={styles.fallback} role="alert">
      <h1>{t('error.title')}</h1>
      <p>{storageProblem ? t('error.storageUnavailable') : t('error.body')}</p>
      <Button variant="primary" onClick={() => window.location.reload()}>
        {t('error.reload')}
      </Button>
      <details className={styles.details}>
        <summary>{t('error.details')}</summary>
        <pre>{error instanceof Error ? error.message : String(error)}</pre>
      </details>
    </main>
  );
}
