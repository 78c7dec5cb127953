import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { type CardMove, moveInLayout } from '../domain/move-in-layout';
import { markTiming } from '../lib/perf-marks';
import { boardKeys } from './query-keys';
import type { BoardData } from './read-board-data';
import { useRepositories } from './repositories-context';
import { markPatched } from './share-board-data';

/**
 * Moves a card optimistically: the cache holds the new place synchronously (an onMutate would
 * run a tick later), though the board hears of it a task later (TanStack Query notifies on a
 * timer: a dragged card stays where it was dropped until then, use-board-dnd.ts), and
 * IndexedDB is written once.
 * A failed write restores the board as it was (the error toast comes from the MutationCache);
 * a committed one reaches the cache through the journal, with the rank it was given.
 */
export function useMoveCard(boardId: string): (move: CardMove) => void {
  const repositories = useRepositories();
  const queryClient = useQueryClient();
  const { mutate } = useMutation({
    mutationFn: (move: CardMove) => repositories.recommendations.move(move),
    onSuccess: () => markTiming('recboard:move-persisted'),
  });
  return useCallback(
    (move: CardMove) => {
      const key = boardKeys.layout(boardId);
      void queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<BoardData>(key);
      if (before) queryClient.setQueryData<BoardData>(key, markPatched(moveInLayout(before, move)));
      mutate(move, {
        onError: () => {
          if (before) queryClient.setQueryData<BoardData>(key, before);
        },
      });
    },
    [boardId, mutate, queryClient],
  );
}
