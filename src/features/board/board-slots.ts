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
      items[slotId(lane.key, column.id)] = (lane.cardIdsByColumn[column.id] ?? []).map((id) =>
        slotId(lane.key, id),
      );
    }
  }
  return items;
}
