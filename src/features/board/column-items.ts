import { arrayMove } from '@dnd-kit/sortable';

/** Card ids per column id, in the order the board shows them. */
export type ColumnItems = Record<string, string[]>;

/** The column an id names: a column itself, or the column holding that card. */
export function findColumn(items: ColumnItems, id: string): string | undefined {
  if (id in items) return id;
  return Object.keys(items).find((columnId) => items[columnId]?.includes(id));
}

/**
 * The order while a card crosses into the column of `overId` (a card or a column): above the
 * card it is over, or below it when its dragged copy has passed that card's bottom edge; at
 * the end when over the column itself (its empty end), in its own column too. The same object
 * when nothing changes, so a drag over one spot never re-renders the board.
 */
export function moveAcrossColumns(
  items: ColumnItems,
  activeId: string,
  overId: string,
  belowOver: boolean,
): ColumnItems {
  const from = findColumn(items, activeId);
  const to = findColumn(items, overId);
  if (!from || !to) return items;
  if (from === to) return to === overId ? toEnd(items, to, activeId) : items;
  const target = items[to] ?? [];
  const overIndex = target.indexOf(overId);
  const insertAt = overIndex < 0 ? target.length : overIndex + (belowOver ? 1 : 0);
  return {
    ...items,
    [from]: (items[from] ?? []).filter((id) => id !== activeId),
    [to]: [...target.slice(0, insertAt), activeId, ...target.slice(insertAt)],
  };
}

/** The card moved to the end of its own column (over the column's empty end). */
function toEnd(items: ColumnItems, columnId: string, activeId: string): ColumnItems {
  const list = items[columnId] ?? [];
  if (list[list.length - 1] === activeId) return items;
  return { ...items, [columnId]: [...list.filter((id) => id !== activeId), activeId] };
}

/** Where a dropped card ends: its column and the ids of its new neighbours. */
export interface DropPlace {
  columnId: string;
  /** The column's order with the card in its new place. */
  order: string[];
}

/**
 * The order at the drop. The card is already in the column it was dragged into; within it,
 * the sortable list shows it in the slot of the card it is over, so it moves there.
 */
export function dropPlace(items: ColumnItems, activeId: string, overId: string): DropPlace | null {
  const columnId = findColumn(items, overId);
  if (!columnId) return null;
  const list = items[columnId] ?? [];
  const from = list.indexOf(activeId);
  if (from < 0) return null;
  const to = list.indexOf(overId);
  return { columnId, order: to >= 0 && to !== from ? arrayMove(list, from, to) : list };
}
