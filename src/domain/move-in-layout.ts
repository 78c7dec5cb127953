import type { BoardLayout } from './board-layout';

export interface CardMove {
  id: string;
  toColumnId: string;
  /** Position among the target column's cards, the moved card left out. */
  toIndex: number;
}

/**
 * The layout as it will be once a move is saved: what the screen shows the instant a card is
 * dropped, before IndexedDB confirms (and what it rolls back from if the write fails).
 */
export function moveInLayout<L extends BoardLayout>(layout: L, move: CardMove): L {
  const card = layout.cardsById.get(move.id);
  if (!card) return layout;
  const cardIdsByColumn: Record<string, string[]> = {};
  const cardCountByColumn = { ...layout.cardCountByColumn };
  for (const [columnId, ids] of Object.entries(layout.cardIdsByColumn)) {
    cardIdsByColumn[columnId] = ids.filter((id) => id !== move.id);
    if (cardIdsByColumn[columnId].length < ids.length) {
      cardCountByColumn[columnId] = (cardCountByColumn[columnId] ?? 1) - 1;
    }
  }
  const target = [...(cardIdsByColumn[move.toColumnId] ?? [])];
  target.splice(Math.max(0, Math.min(move.toIndex, target.length)), 0, move.id);
  cardIdsByColumn[move.toColumnId] = target;
  cardCountByColumn[move.toColumnId] = (cardCountByColumn[move.toColumnId] ?? 0) + 1;
  const cardsById = new Map(layout.cardsById);
  cardsById.set(move.id, { ...card, columnId: move.toColumnId });
  return { ...layout, cardIdsByColumn, cardsById, cardCountByColumn };
}
