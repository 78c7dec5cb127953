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

/**
 * Each card's slot id per lane, made once and kept, so a changed column's new list holds the
 * same strings as before: its sortable context looks every slot up in dnd-kit's map of
 * measured rects (getSortedRects), and a string made anew is hashed anew. Under the profiler,
 * that look-up was the largest part of showing another tab's move at 10,000 cards. Holds one
 * string per card a lane has shown since the page loaded.
 */
const slotIdsByLane = new Map<string, Map<string, string>>();

function laneSlots(laneKey: string, cardIds: readonly string[] | undefined): string[] {
  if (cardIds === undefined) return [];
  let made = slotsByLane.get(laneKey);
  if (made === undefined) {
    made = new WeakMap();
    slotsByLane.set(laneKey, made);
  }
  let slots = made.get(cardIds);
  if (slots === undefined) {
    const slotOf = cardSlots(laneKey);
    slots = cardIds.map(slotOf);
    made.set(cardIds, slots);
  }
  return slots;
}

/** A card's slot in the lane, the same string each time. */
function cardSlots(laneKey: string): (cardId: string) => string {
  let slotIds = slotIdsByLane.get(laneKey);
  if (slotIds === undefined) {
    slotIds = new Map();
    slotIdsByLane.set(laneKey, slotIds);
  }
  const kept = slotIds;
  return (cardId) => {
    let slot = kept.get(cardId);
    if (slot === undefined) {
      slot = slotId(laneKey, cardId);
      kept.set(cardId, slot);
    }
    return slot;
  };
}
