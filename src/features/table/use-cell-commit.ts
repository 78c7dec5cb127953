import { useCallback } from 'react';
import type { Recommendation } from '../../domain/recommendation';
import { useUpdateRecommendation } from '../../queries/card-queries';
import { useMoveCard } from '../../queries/use-move-card';
import { cellWrite, type EditableColumnId } from './cell-write';

/**
 * Saves an edit made in a cell: a new column is a move (shown at once, named by its new
 * neighbour), anything else a patch. Either way one journaled write, so one undo step.
 */
export function useCellCommit(
  boardId: string,
  cardIdsByColumn: Readonly<Record<string, readonly string[]>>,
) {
  const moveCard = useMoveCard(boardId);
  const { mutate: update } = useUpdateRecommendation();
  return useCallback(
    (card: Recommendation, column: EditableColumnId, value: string) => {
      const write = cellWrite(card, column, value, cardIdsByColumn);
      if (write?.kind === 'move') moveCard(write.move);
      else if (write) update({ id: card.id, patch: write.patch });
    },
    [cardIdsByColumn, moveCard, update],
  );
}
