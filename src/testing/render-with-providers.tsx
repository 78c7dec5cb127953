import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { DEFAULT_BOARD_ID } from '../domain/board';
import { createI18n, I18nContext } from '../i18n/i18n-context';
import { JournalSyncProvider } from '../queries/journal-sync-provider';
import { createQueryClient } from '../queries/query-client';
import { RepositoriesContext } from '../queries/repositories-context';
import { VisibleBoardProvider } from '../queries/visible-board-context';
import type { Repositories } from '../repositories/repositories';
import { ToastContext } from '../ui/toast/toast-context';
import { createToastStore } from '../ui/toast/toast-store';
import { recordMutationError, takeMutationErrors } from './mutation-errors';

/**
 * Renders a feature as the app does: real repositories over fake-indexeddb, a fresh cache
 * (which `seed` may fill first, as the app's start-up does), kept in step with every write
 * through the journal, with this tab's undo stack. A failed write fails the test
 * unless the test takes it with `takeMutationErrors` (checked after each test, setup-tests.ts).
 */
export function renderWithProviders(
  ui: ReactElement,
  repositories: Repositories,
  seed?: (queryClient: QueryClient) => void,
) {
  const toasts = createToastStore();
  const queryClient = createQueryClient(recordMutationError);
  seed?.(queryClient);
  const result = render(
    <I18nContext.Provider value={createI18n('en')}>
      <ToastContext.Provider value={toasts}>
        <RepositoriesContext.Provider value={repositories}>
          <QueryClientProvider client={queryClient}>
            <JournalSyncProvider boardId={DEFAULT_BOARD_ID}>
              <VisibleBoardProvider boardId={DEFAULT_BOARD_ID}>{ui}</VisibleBoardProvider>
            </JournalSyncProvider>
          </QueryClientProvider>
        </RepositoriesContext.Provider>
      </ToastContext.Provider>
    </I18nContext.Provider>,
  );
  return { ...result, queryClient, toasts, takeMutationErrors };
}
