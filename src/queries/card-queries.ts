import { useMutation, useQuery } from '@tanstack/react-query';
import type { NewRecommendation } from '../domain/recommendation';
import type { RecommendationPatch } from '../domain/recommendation-edit';
import { boardKeys } from './query-keys';
import { useRepositories } from './repositories-context';
import { useInvalidateBoard } from './use-invalidate-board';

export function useRecommendation(boardId: string, cardId: string, enabled = true) {
  const repositories = useRepositories();
  return useQuery({
    queryKey: boardKeys.card(boardId, cardId),
    queryFn: () => repositories.recommendations.get(cardId),
    enabled,
  });
}

export function useArchivedRecommendations(boardId: string) {
  const repositories = useRepositories();
  return useQuery({
    queryKey: boardKeys.archived(boardId),
    queryFn: () => repositories.recommendations.listArchived(boardId),
  });
}

export function useCreateRecommendation(boardId: string) {
  const repositories = useRepositories();
  const onSettled = useInvalidateBoard(boardId);
  return useMutation({
    mutationFn: (input: NewRecommendation) => repositories.recommendations.create(boardId, input),
    onSettled,
  });
}

export function useUpdateRecommendation(boardId: string) {
  const repositories = useRepositories();
  const onSettled = useInvalidateBoard(boardId);
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: RecommendationPatch }) =>
      repositories.recommendations.update(id, patch),
    onSettled,
  });
}

export type CardLifecycleAction = 'archive' | 'unarchive' | 'remove' | 'undoRemove';

/** Archive, restore from the archive, delete, and undo a delete. */
export function useCardLifecycle(boardId: string) {
  const repositories = useRepositories();
  const onSettled = useInvalidateBoard(boardId);
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: CardLifecycleAction }) =>
      repositories.recommendations[action](id),
    onSettled,
  });
}
