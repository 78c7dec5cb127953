import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { boardKeys } from './query-keys';
import { useRepositories } from './repositories-context';

/**
 * Refreshes every board query after a write committed anywhere: in this tab, or in another tab
 * of the same board, so two windows at a meeting never show different boards.
 *
 * While this tab has writes in flight, a change event may be theirs or another tab's: nothing
 * tells them apart. It is not dropped but deferred, and the board is refreshed once those
 * writes have settled: one refetch instead of one per event, and never a missed change.
 */
export function useLiveInvalidation(): void {
  const repositories = useRepositories();
  const queryClient = useQueryClient();
  useEffect(() => {
    let deferred = false;
    const refresh = () => void queryClient.invalidateQueries({ queryKey: boardKeys.all });
    const stopListening = repositories.onDataChanged(() => {
      if (queryClient.isMutating() > 0) deferred = true;
      else refresh();
    });
    const stopWatchingWrites = queryClient.getMutationCache().subscribe(() => {
      if (deferred && queryClient.isMutating() === 0) {
        deferred = false;
        refresh();
      }
    });
    return () => {
      stopListening();
      stopWatchingWrites();
    };
  }, [repositories, queryClient]);
}
