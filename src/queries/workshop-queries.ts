import { queryOptions, useQuery } from '@tanstack/react-query';
import type { NewWorkshop, WorkshopPatch, WorkshopRemoval } from '../domain/workshop';
import type { Repositories } from '../repositories/repositories';
import { boardKeys } from './query-keys';
import { useRepositories } from './repositories-context';
import { useBoardWrite } from './use-board-write';

export function workshopsQuery(repositories: Repositories, boardId: string) {
  return queryOptions({
    queryKey: boardKeys.workshops(boardId),
    queryFn: () => repositories.workshops.list(boardId),
  });
}

/** The board's live workshops, newest meeting first. */
export function useWorkshops(boardId: string) {
  return useQuery(workshopsQuery(useRepositories(), boardId));
}

/**
 * How many recommendations a workshop's deletion would touch (archived ones included).
 * Not cached once the dialog asking closes (gcTime 0): a count kept from an earlier opening
 * would show, stale, until the refetch landed, and the user decides on that number.
 */
export function useWorkshopRecommendationCount(boardId: string, workshopId: string) {
  const repositories = useRepositories();
  return useQuery({
    queryKey: boardKeys.workshopRecommendationCount(boardId, workshopId),
    queryFn: () => repositories.workshops.countRecommendations(workshopId),
    gcTime: 0,
  });
}

export function useCreateWorkshop(boardId: string) {
  return useBoardWrite((repositories, input: NewWorkshop) =>
    repositories.workshops.create(boardId, input),
  );
}

export function useUpdateWorkshop() {
  return useBoardWrite((repositories, { id, patch }: { id: string; patch: WorkshopPatch }) =>
    repositories.workshops.update(id, patch),
  );
}

/** Deletes a workshop and deals with its recommendations: one undo step. */
export function useRemoveWorkshop() {
  return useBoardWrite((repositories, { id, removal }: { id: string; removal: WorkshopRemoval }) =>
    repositories.workshops.remove(id, removal),
  );
}
