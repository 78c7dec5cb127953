import { ErrorBoundary } from 'react-error-boundary';
import { DEFAULT_BOARD_ID } from '../domain/board';
import { BoardView } from '../features/board/board-view';
import { SampleDataBanner } from '../features/sample-data/sample-data-banner';
import { useI18n } from '../i18n/i18n-context';
import { useLiveInvalidation } from '../queries/use-live-invalidation';
import { ToastRegion } from '../ui/toast/toast-region';
import styles from './app-shell.module.css';
import { RootErrorFallback } from './root-error-fallback';

export function AppShell() {
  const { t } = useI18n();
  useLiveInvalidation();
  return (
    <div className={styles.shell}>
      <a className={styles.skipLink} href="#board">
        {t('app.skipToBoard')}
      </a>
      <header className={styles.header}>
        <h1 className={styles.brand}>{t('app.name')}</h1>
        <p className={styles.tagline}>{t('app.tagline')}</p>
      </header>
      <main id="board" className={styles.main}>
        <SampleDataBanner boardId={DEFAULT_BOARD_ID} />
        <ErrorBoundary FallbackComponent={RootErrorFallback}>
          <BoardView boardId={DEFAULT_BOARD_ID} />
        </ErrorBoundary>
      </main>
      <ToastRegion />
    </div>
  );
}
