import { useQuery } from '@tanstack/react-query';
import type { NewRecommendation, Recommendation } from '../domain/recommendation';
import type { RecommendationPatch } from '../domain/recommendation-edit';
import { boardKeys } from './query-keys';
import { useRepositories } from './repositories-context';
import { useBoardWrite } from './use-board-write';

/**
 * One card, read from the database; `known` is the card as the board already holds it (kept
 * current by every write), which the query starts from instead of waiting for a read.
 */
export function useRecommendation(
  boardId: string,
  cardId: string,
  enabled = true,
  known?: Recommendation,
) {
  const repositories = useRepositories();
  return useQuery({
    queryKey: boardKeys.card(boardId, cardId),
    queryFn: () => repositories.recommendations.get(cardId),
    enabled,
    initialData: known,
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
  return useBoardWrite((repositories, input: NewRecommendation) =>
    repositories.recommendations.create(boardId, input),
  );
}

export function useUpdateRecommendation() {
  return useBoardWrite((repositories, { id, patch }: { id: string; patch: RecommendationPatch }) =>
    repositories.recommendations.update(id, patch),
  );
}

export type CardLifecycleAction = 'archive' | 'unarchive' | 'remove';

/** Archive, restore from the archive, and delete (undone like any other action). */
export function useCardLifecycle() {
  return useBoardWrite(
    (repositories, { id, action }: { id: string; action: CardLifecycleAction }) =>
      repositories.recommendations[action](id),
  );
}
