import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { type CardMove, moveInLayout } from '../domain/move-in-layout';
import { markTiming } from '../lib/perf-marks';
import type { BoardData } from './board-queries';
import { boardKeys } from './query-keys';
import { useRepositories } from './repositories-context';

// The third part of a board query key names what it holds ('layout', 'action-progress', …).
const UNCHANGED_BY_A_MOVE = new Set<string>([
  boardKeys.layout('')[2],
  boardKeys.actionProgress('')[2],
]);

/**
 * Moves a card optimistically: the cache shows the new place synchronously (an onMutate would
 * run a tick later and the card would flicker back for a frame), and IndexedDB is written once.
 * On success the saved card replaces the optimistic one: the board is not read again, which on
 * a 10,000-card board would cost more than the move. A failed write restores the board as it
 * was (the error toast comes from the MutationCache).
 */
export function useMoveCard(boardId: string): (move: CardMove) => void {
  const repositories = useRepositories();
  const queryClient = useQueryClient();
  const { mutate } = useMutation({
    mutationFn: (move: CardMove) => repositories.recommendations.move(move),
    onSuccess: (saved) => {
      markTiming('recboard:move-persisted');
      queryClient.setQueryData<BoardData>(boardKeys.layout(boardId), (board) => {
        if (!board) return board;
        const cardsById = new Map(board.cardsById);
        cardsById.set(saved.id, saved);
        return { ...board, cardsById };
      });
      // The card's other views (its history, an open editor) are read again on use; the board
      // and action progress (a move changes no action item) are not read again at all.
      void queryClient.invalidateQueries({
        queryKey: boardKeys.board(boardId),
        predicate: (query) => !UNCHANGED_BY_A_MOVE.has(String(query.queryKey[2])),
      });
    },
  });
  return useCallback(
    (move: CardMove) => {
      const key = boardKeys.layout(boardId);
      void queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<BoardData>(key);
      if (before) queryClient.setQueryData<BoardData>(key, moveInLayout(before, move));
      mutate(move, {
        onError: () => {
          if (before) queryClient.setQueryData<BoardData>(key, before);
          void queryClient.invalidateQueries({ queryKey: boardKeys.board(boardId) });
        },
      });
    },
    [boardId, mutate, queryClient],
  );
}
