import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { boardKeys } from './query-keys';
import { useRepositories } from './repositories-context';

/**
 * Refreshes every board query after a write committed anywhere: in this tab, or in another tab
 * of the same board, so two windows at a meeting never show different boards. While this tab
 * has a write of its own in flight, the event is its own: that mutation refreshes what it
 * changed when it settles, so a second, whole-board refetch is skipped.
 */
export function useLiveInvalidation(): void {
  const repositories = useRepositories();
  const queryClient = useQueryClient();
  useEffect(
    () =>
      repositories.onDataChanged(() => {
        if (queryClient.isMutating() > 0) return;
        void queryClient.invalidateQueries({ queryKey: boardKeys.all });
      }),
    [repositories, queryClient],
  );
}
