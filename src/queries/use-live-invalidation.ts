import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { boardKeys } from './query-keys';
import { useRepositories } from './repositories-context';

/**
 * Refreshes every board query after a write committed anywhere: in this tab, or in another tab
 * of the same board, so two windows at a meeting never show different boards.
 */
export function useLiveInvalidation(): void {
  const repositories = useRepositories();
  const queryClient = useQueryClient();
  useEffect(
    () =>
      repositories.onDataChanged(() => {
        void queryClient.invalidateQueries({ queryKey: boardKeys.all });
      }),
    [repositories, queryClient],
  );
}
