import { withChanges } from '../lib/layered-map';
import type { BoardLayout } from './board-layout';
import type { RecommendationPatch } from './recommendation-edit';

/**
 * A card's new place, named by its neighbours in the order the person saw, not by an index:
 * a filtered view, a swimlane or a half-read column shows only some of a column's cards, and
 * an index into what was shown means nothing in the column as stored.
 */
export interface CardMove {
  id: string;
  toColumnId: string;
  /** The card it now follows; null: the top of the column. */
  afterId: string | null;
  /** The card it now precedes; null: the end. Used when `afterId` has moved meanwhile. */
  beforeId: string | null;
  /**
   * Fields changed by the same move: dropped into another swimlane, the card takes that
   * lane's value (a stage, an actor…), in the same transaction and undo step.
   */
  patch?: RecommendationPatch;
}

/** The neighbours of position `index` in `order` (the moved card left out of `order`). */
export function neighboursAt(
  order: readonly string[],
  index: number,
): Pick<CardMove, 'afterId' | 'beforeId'> {
  const at = Math.max(0, Math.min(index, order.length));
  return { afterId: order[at - 1] ?? null, beforeId: order[at] ?? null };
}

/** Where a move puts the card in `order` (the moved card left out): after, before, or an end. */
export function insertionIndex(order: readonly string[], move: CardMove): number {
  if (move.afterId !== null) {
    const after = order.indexOf(move.afterId);
    if (after >= 0) return after + 1;
  }
  if (move.beforeId !== null) {
    const before = order.indexOf(move.beforeId);
    if (before >= 0) return before;
  }
  return move.afterId === null ? 0 : order.length;
}

/**
 * The layout as it will be once a move is saved: what the screen shows the instant a card is
 * dropped, before IndexedDB confirms (and what it rolls back from if the write fails).
 */
export function moveInLayout<L extends BoardLayout>(layout: L, move: CardMove): L {
  const card = layout.cardsById.get(move.id);
  if (!card) return layout;
  const cardIdsByColumn: Record<string, string[]> = { ...layout.cardIdsByColumn };
  const cardCountByColumn = { ...layout.cardCountByColumn };
  const from = card.columnId in cardIdsByColumn ? card.columnId : undefined;
  for (const columnId of from ? [from] : Object.keys(cardIdsByColumn)) {
    const ids = cardIdsByColumn[columnId] ?? [];
    if (!ids.includes(move.id)) continue;
    cardIdsByColumn[columnId] = ids.filter((id) => id !== move.id);
    cardCountByColumn[columnId] = (cardCountByColumn[columnId] ?? 1) - 1;
  }
  const target = [...(cardIdsByColumn[move.toColumnId] ?? [])];
  target.splice(insertionIndex(target, move), 0, move.id);
  cardIdsByColumn[move.toColumnId] = target;
  cardCountByColumn[move.toColumnId] = (cardCountByColumn[move.toColumnId] ?? 0) + 1;
  const moved = { ...card, ...fieldsOf(move.patch), columnId: move.toColumnId };
  const cardsById = withChanges(layout.cardsById, new Map([[move.id, moved]]));
  return { ...layout, cardIdsByColumn, cardsById, cardCountByColumn };
}

/** A patch's fields with the values they will have once saved (undefined ones left out). */
function fieldsOf(patch: RecommendationPatch | undefined) {
  return Object.fromEntries(Object.entries(patch ?? {}).filter(([, value]) => value !== undefined));
}
