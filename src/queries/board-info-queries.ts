import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Repositories } from '../repositories/repositories';
import { boardKeys } from './query-keys';
import { useRepositories } from './repositories-context';

export function boardInfoQuery(repositories: Repositories, boardId: string) {
  return queryOptions({
    queryKey: boardKeys.info(boardId),
    queryFn: () => repositories.boardSetup.getBoard(boardId),
  });
}

/** The board record itself (name, creation time). */
export function useBoardInfo(boardId: string) {
  return useQuery(boardInfoQuery(useRepositories(), boardId));
}
