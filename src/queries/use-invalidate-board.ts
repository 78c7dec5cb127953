import { useQueryClient } from '@tanstack/react-query';
import { boardKeys } from './query-keys';

/**
 * Refreshes every query of the board after a write: a workshop or an actor shows on cards,
 * in pickers and in counts, so invalidating less would leave one of them stale.
 */
export function useInvalidateBoard(boardId: string): () => Promise<void> {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: boardKeys.board(boardId) });
}
