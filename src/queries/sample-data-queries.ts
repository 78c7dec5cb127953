import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import type { RemovedRows } from '../repositories/board-setup-repository';
import type { Repositories } from '../repositories/repositories';
import { boardKeys } from './query-keys';
import { useRepositories } from './repositories-context';
import { useInvalidateBoard } from './use-invalidate-board';

export function hasSampleDataQuery(repositories: Repositories, boardId: string) {
  return queryOptions({
    queryKey: boardKeys.sampleData(boardId),
    queryFn: () => repositories.boardSetup.hasSampleData(boardId),
  });
}

export function useHasSampleData(boardId: string) {
  return useQuery(hasSampleDataQuery(useRepositories(), boardId));
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
