import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import type { ActionProgress } from '../domain/action-progress';
import type { Repositories } from '../repositories/repositories';
import { boardKeys } from './query-keys';
import { type BoardData, readBoardData } from './read-board-data';
import { useRepositories } from './repositories-context';
import { shareActionProgress, shareBoardData } from './share-board-data';

export function boardLayoutQuery(repositories: Repositories, boardId: string) {
  return queryOptions({
    queryKey: boardKeys.layout(boardId),
    queryFn: (): Promise<BoardData> => readBoardData(repositories, boardId),
    structuralSharing: (previous, next) => shareBoardData(previous, next as BoardData),
  });
}

export function useBoardLayout(boardId: string) {
  return useQuery(boardLayoutQuery(useRepositories(), boardId));
}

/**
 * Reads the whole board once `enabled` (after the first screen has painted) if only its
 * first screen is held. The read comes in pages, so the board answers input meanwhile.
 */
export function useRestOfBoard(boardId: string, data: BoardData | undefined, enabled: boolean) {
  const queryClient = useQueryClient();
  const missing = data !== undefined && !data.complete;
  useEffect(() => {
    if (!enabled || !missing) return;
    void queryClient.refetchQueries({ queryKey: boardKeys.layout(boardId), exact: true });
  }, [boardId, enabled, missing, queryClient]);
}

/**
 * Done/total action items per card. A query of its own, read after the board's first paint:
 * on a large board it reads thousands of rows the first screen can do without.
 */
export function useActionProgress(boardId: string, enabled: boolean) {
  const repositories = useRepositories();
  return useQuery({
    queryKey: boardKeys.actionProgress(boardId),
    // Read-only: a write lays its cards' counts over the map (patchActionProgress).
    queryFn: (): Promise<ReadonlyMap<string, ActionProgress>> =>
      repositories.actionItems.progressByCard(boardId),
    structuralSharing: (previous, next) =>
      shareActionProgress(previous, next as ReadonlyMap<string, ActionProgress>),
    enabled,
  });
}

/**
 * Reads the boards again after a write this tab asked another thread to make (the import
 * worker's): a read already under way is kept, not restarted, since it began after the write.
 */
export function useRereadBoards(): () => void {
  const queryClient = useQueryClient();
  return useCallback(
    () => void queryClient.invalidateQueries({ queryKey: boardKeys.all }, { cancelRefetch: false }),
    [queryClient],
  );
}
