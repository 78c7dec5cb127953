import type { FallbackProps } from 'react-error-boundary';
import { useI18n } from '../i18n/i18n-context';
import { downloadBackup } from '../queries/settings-queries';
import { StorageUnavailableError } from '../repositories/open-repositories';
import { Button } from '../ui/button';
import { openedRepositories } from './board-opening';
import styles from './root-error-fallback.module.css';

/** The last line of defence: explains, offers a backup and a reload, and shows what broke. */
export function RootErrorFallback({ error }: FallbackProps) {
  const { t } = useI18n();
  const storageProblem = error instanceof StorageUnavailableError;
  // The database may have opened before the failure: then a backup can still be saved.
  const repositories = openedRepositories();
  return (
    <main className={styles.fallback} role="alert">
      <h1>{t('error.title')}</h1>
      <p>{storageProblem ? t('error.storageUnavailable') : t('error.body')}</p>
      <div className={styles.actions}>
        {repositories && (
          <Button variant="primary" onClick={() => void downloadBackup(repositories)}>
            {t('backup.download')}
          </Button>
        )}
        <Button onClick={() => window.location.reload()}>{t('error.reload')}</Button>
      </div>
      <details className={styles.details}>
        <summary>{t('error.details')}</summary>
        <pre>{error instanceof Error ? error.message : String(error)}</pre>
      </details>
    </main>
  );
}
