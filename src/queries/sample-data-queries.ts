import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RemovedRows } from '../repositories/board-setup-repository';
import { boardKeys } from './query-keys';
import { useRepositories } from './repositories-context';

export function useHasSampleData(boardId: string) {
  const repositories = useRepositories();
  return useQuery({
    queryKey: boardKeys.sampleData(boardId),
    queryFn: () => repositories.boardSetup.hasSampleData(boardId),
  });
}

/** Removes the sample workshops ('sample') or everything ('all'); resolves to the undo data. */
export function useClearBoardData(boardId: string) {
  const repositories = useRepositories();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (scope: 'sample' | 'all'): Promise<RemovedRows> =>
      scope === 'sample'
        ? repositories.boardSetup.removeSampleData(boardId)
        : repositories.boardSetup.clearBoard(boardId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: boardKeys.board(boardId) }),
  });
}

export function useRestoreRows(boardId: string) {
  const repositories = useRepositories();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rows: RemovedRows) => repositories.boardSetup.restore(rows),
    onSettled: () => queryClient.invalidateQueries({ queryKey: boardKeys.board(boardId) }),
  });
}
