import type { Column } from '../../domain/column';
import type { Lane } from '../../domain/find/lanes';
import type { ColumnItems } from './column-items';
import { slotId } from './slot-ids';

/**
 * The drag-and-drop containers of a board in lanes: each lane's column, holding that lane's
 * cards as slot ids (slot-ids.ts). Not grouped, the one lane is 'all'.
 */
export function boardSlots(lanes: readonly Lane[], columns: readonly Column[]): ColumnItems {
  const items: ColumnItems = {};
  for (const lane of lanes) {
    for (const column of columns) {
      items[slotId(lane.key, column.id)] = laneSlots(lane.key, lane.cardIdsByColumn[column.id]);
    }
  }
  return items;
}

/**
 * Each list of card ids made into slots once per lane: a write patches the lists it changes
 * and keeps the others (patchCards), so the slots of an unchanged column stay the same array,
 * and its sortable context does no work. Building every column's slots again was a pass over
 * the whole board per move or undo.
 */
const slotsByLane = new Map<string, WeakMap<readonly string[], string[]>>();

function laneSlots(laneKey: string, cardIds: readonly string[] | undefined): string[] {
  if (cardIds === undefined) return [];
  let made = slotsByLane.get(laneKey);
  if (made === undefined) {
    made = new WeakMap();
    slotsByLane.set(laneKey, made);
  }
  let slots = made.get(cardIds);
  if (slots === undefined) {
    slots = cardIds.map((id) => slotId(laneKey, id));
    made.set(cardIds, slots);
  }
  return slots;
}
