import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ErrorBoundary } from 'react-error-boundary';
import { useI18n } from '../i18n/i18n-context';
import { RepositoriesContext } from '../queries/repositories-context';
import { AppShell } from './app-shell';
import { RootErrorFallback } from './root-error-fallback';
import { useOpenBoard } from './use-open-board';

function OpenedApp({ queryClient }: { queryClient: QueryClient }) {
  const { t } = useI18n();
  const board = useOpenBoard(queryClient);
  if (board.status === 'failed') throw board.error;
  if (board.status === 'opening') return <p role="status">{t('app.loading')}</p>;
  return (
    <RepositoriesContext.Provider value={board.repositories}>
      <QueryClientProvider client={queryClient}>
        <AppShell />
      </QueryClientProvider>
    </RepositoriesContext.Provider>
  );
}

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <ErrorBoundary FallbackComponent={RootErrorFallback}>
      <OpenedApp queryClient={queryClient} />
    </ErrorBoundary>
  );
}
