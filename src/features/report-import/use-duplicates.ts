import { useMemo } from 'react';
import { displayTitle } from '../../domain/recommendation';
import { truncateGraphemes } from '../../lib/text';
import { useBoardLayout, useRestOfBoard } from '../../queries/board-queries';
import type { Duplicate } from './candidate-item';
import { duplicateIndex } from './duplicates';
import type { ReviewItem } from './review-items';

/**
 * Which candidates a card of the same workshop already says, from the board's cached cards
 * (read whole first if only the first screen is held). Also the triage column's name.
 */
export function useDuplicates(
  boardId: string,
  workshopId: string | null,
  items: readonly ReviewItem[],
) {
  const { data: board } = useBoardLayout(boardId);
  useRestOfBoard(boardId, board, true);
  const cards = board?.cardsById;
  const index = useMemo(
    () => duplicateIndex(cards?.values() ?? [], workshopId),
    [cards, workshopId],
  );
  const duplicates = useMemo(() => {
    const found = new Map<string, Duplicate>();
    for (const item of items) {
      const match = index.find(item.text);
      const card = match && cards?.get(match.cardId);
      if (match && card) {
        found.set(item.key, {
          title: truncateGraphemes(displayTitle(card), 80),
          similarity: match.similarity,
        });
      }
    }
    return found;
  }, [index, items, cards]);
  const triage = board?.flowColumns.find((column) => column.kind === 'triage')?.name ?? '';
  return { duplicates, triage };
}
