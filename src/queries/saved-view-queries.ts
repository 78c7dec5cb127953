import { useQuery } from '@tanstack/react-query';
import { boardKeys } from './query-keys';
import { useRepositories } from './repositories-context';
import { useBoardWrite } from './use-board-write';

export function useSavedViews(boardId: string) {
  const repositories = useRepositories();
  return useQuery({
    queryKey: boardKeys.savedViews(boardId),
    queryFn: () => repositories.savedViews.list(boardId),
  });
}

export function useSaveView(boardId: string) {
  return useBoardWrite((repositories, { name, params }: { name: string; params: string }) =>
    repositories.savedViews.create(boardId, name, params),
  );
}

export function useRemoveSavedView() {
  return useBoardWrite((repositories, id: string) => repositories.savedViews.remove(id));
}
