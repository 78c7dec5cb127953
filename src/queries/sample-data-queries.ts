import { useMutation, useQuery } from '@tanstack/react-query';
import type { RemovedRows } from '../repositories/board-setup-repository';
import { boardKeys } from './query-keys';
import { useRepositories } from './repositories-context';
import { useInvalidateBoard } from './use-invalidate-board';

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
  const onSettled = useInvalidateBoard(boardId);
  return useMutation({
    mutationFn: (scope: 'sample' | 'all'): Promise<RemovedRows> =>
      scope === 'sample'
        ? repositories.boardSetup.removeSampleData(boardId)
        : repositories.boardSetup.clearBoard(boardId),
    onSettled,
  });
}

export function useRestoreRows(boardId: string) {
  const repositories = useRepositories();
  const onSettled = useInvalidateBoard(boardId);
  return useMutation({
    mutationFn: (rows: RemovedRows) => repositories.boardSetup.restore(rows),
    onSettled,
  });
}
