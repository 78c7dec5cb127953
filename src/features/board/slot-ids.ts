/*
 * Drag-and-drop ids on a board of lanes. A card with two stages shows in two lanes, and
 * dnd-kit needs every draggable and droppable id to be unique: so a card's id is prefixed by
 * its lane ("return|<card id>"), and a drop target is a lane's column ("return|<column id>").
 * Lane keys never hold a "|" (stage codes, actor slugs and UUIDs, 'none', 'all').
 */

const SEPARATOR = '|';

export function slotId(lane: string, id: string): string {
  return `${lane}${SEPARATOR}${id}`;
}

/** The lane and the card (or column) id of a slot id. */
export function parseSlot(slot: string): { lane: string; id: string } {
  const at = slot.indexOf(SEPARATOR);
  return at < 0 ? { lane: '', id: slot } : { lane: slot.slice(0, at), id: slot.slice(at + 1) };
}
