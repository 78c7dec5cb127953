import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Repositories } from '../repositories/repositories';
import { boardKeys } from './query-keys';
import { useRepositories } from './repositories-context';
import { useBoardWrite } from './use-board-write';

export function hasSampleDataQuery(repositories: Repositories, boardId: string) {
  return queryOptions({
    queryKey: boardKeys.sampleData(boardId),
    queryFn: () => repositories.boardSetup.hasSampleData(boardId),
  });
}

export function useHasSampleData(boardId: string) {
  return useQuery(hasSampleDataQuery(useRepositories(), boardId));
}

/** Removes the sample workshops ('sample') or everything ('all'): one undo step either way. */
export function useClearBoardData(boardId: string) {
  return useBoardWrite((repositories, scope: 'sample' | 'all') =>
    scope === 'sample'
      ? repositories.boardSetup.removeSampleData(boardId)
      : repositories.boardSetup.clearBoard(boardId),
  );
}
