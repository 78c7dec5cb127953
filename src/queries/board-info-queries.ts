import { useQuery } from '@tanstack/react-query';
import { boardKeys } from './query-keys';
import { useRepositories } from './repositories-context';

/** The board record itself (name, creation time). */
export function useBoardInfo(boardId: string) {
  const repositories = useRepositories();
  return useQuery({
    queryKey: [...boardKeys.board(boardId), 'info'],
    queryFn: () => repositories.boardSetup.getBoard(boardId),
  });
}
