import { Suspense, useCallback, useState } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { DEFAULT_BOARD_ID } from '../domain/board';
import type { EditorTarget } from '../features/editor/card-editor';
import { SnapshotControls } from '../features/snapshots/snapshot-controls';
import { UndoControls } from '../features/undo/undo-controls';
import { useI18n } from '../i18n/i18n-context';
import { LanguageSwitch } from '../i18n/language-switch';
import { JournalSyncProvider } from '../queries/journal-sync-provider';
import { Button } from '../ui/button';
import { Icon } from '../ui/icon';
import { ToastRegion } from '../ui/toast/toast-region';
import styles from './app-shell.module.css';
import { BoardPage } from './board-page';
import {
  ActivityPage,
  ActorsPage,
  ArchivePage,
  CardEditor,
  DashboardPage,
  ReportImportPage,
  SettingsPage,
  WorkshopsPage,
} from './lazy-features';
import { MainNav } from './main-nav';
import { OfflineIndicator } from './offline-indicator';
import { SectionErrorFallback } from './section-error-fallback';
import { UpdatePrompt } from './update-prompt';
import { useHashRoute } from './use-hash-route';
import { VersionChangeNotice } from './version-change-notice';

const boardId = DEFAULT_BOARD_ID;

export function AppShell() {
  return (
    <JournalSyncProvider boardId={boardId}>
      <Shell />
    </JournalSyncProvider>
  );
}

function Shell() {
  const { t } = useI18n();
  const route = useHashRoute();
  const [editor, setEditor] = useState<EditorTarget | null>(null);
  const loading = <p role="status">{t('app.loading')}</p>;
  // Stable, so opening the editor does not make every card on the board render again.
  const openCard = useCallback((cardId: string) => setEditor({ mode: 'edit', cardId }), []);
  const newCard = useCallback(() => setEditor({ mode: 'create' }), []);
  return (
    <div className={styles.shell}>
      <a className={styles.skipLink} href="#main">
        {t('app.skipToMain')}
      </a>
      <header className={styles.header}>
        <h1 className={styles.brand}>{t('app.name')}</h1>
        <MainNav route={route} />
        <span className={styles.spacer} />
        <OfflineIndicator />
        <LanguageSwitch compact />
        <UndoControls />
        <SnapshotControls boardId={boardId} />
        <Button variant="primary" onClick={() => setEditor({ mode: 'create' })}>
          <Icon name="plus" />
          {t('editor.newTitle')}
        </Button>
      </header>
      <main id="main" className={styles.main} tabIndex={-1}>
        <ErrorBoundary FallbackComponent={SectionErrorFallback} resetKeys={[route]}>
          <Suspense fallback={loading}>
            {route === 'board' && (
              <BoardPage boardId={boardId} onOpenCard={openCard} onNewCard={newCard} />
            )}
            {route === 'dashboard' && <DashboardPage boardId={boardId} />}
            {route === 'workshops' && <WorkshopsPage boardId={boardId} />}
            {route === 'actors' && <ActorsPage boardId={boardId} />}
            {route === 'archive' && <ArchivePage boardId={boardId} />}
            {route === 'activity' && <ActivityPage boardId={boardId} />}
            {route === 'import-report' && <ReportImportPage boardId={boardId} />}
            {route === 'settings' && <SettingsPage />}
          </Suspense>
        </ErrorBoundary>
      </main>
      {editor && (
        <ErrorBoundary FallbackComponent={SectionErrorFallback} onReset={() => setEditor(null)}>
          <Suspense fallback={null}>
            <CardEditor
              boardId={boardId}
              target={editor}
              onClose={() => setEditor(null)}
              onCreated={(cardId) => setEditor({ mode: 'edit', cardId })}
            />
          </Suspense>
        </ErrorBoundary>
      )}
      <UpdatePrompt />
      <VersionChangeNotice />
      <ToastRegion />
    </div>
  );
}
