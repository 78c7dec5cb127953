import { useMemo, useRef } from 'react';
import { displayTitle } from '../../domain/recommendation';
import { useI18n } from '../../i18n/i18n-context';
import type { BoardData } from '../../queries/read-board-data';
import { boardAnnouncements } from './board-announcements';
import type { ColumnItems } from './column-items';
import { parseSlot } from './slot-ids';

/**
 * What a screen reader hears during a drag: the card, its column and its place in the order
 * sighted people see. Read through a ref: dnd-kit keeps the first announcements object.
 */
export function useBoardAnnouncements(data: BoardData | undefined, items: ColumnItems) {
  const { t, columnName } = useI18n();
  const latest = useRef({ data, items });
  latest.current = { data, items };
  return useMemo(
    () =>
      boardAnnouncements(t, (activeSlot, overSlot) => {
        const { data: board, items: containers } = latest.current;
        const card = board?.cardsById.get(parseSlot(activeSlot).id);
        if (!board || !card) return null;
        const containerId =
          Object.keys(containers).find((id) => id === overSlot) ??
          Object.keys(containers).find((id) => containers[id]?.includes(activeSlot));
        const columnId = containerId ? parseSlot(containerId).id : undefined;
        const columns = [...board.flowColumns, ...board.closedColumns];
        const column = columns.find((candidate) => candidate.id === columnId);
        const list = containerId ? (containers[containerId] ?? []) : [];
        // Within a column the local order changes only on drop: the card over is the slot.
        const overIndex = overSlot ? list.indexOf(overSlot) : -1;
        return {
          title: displayTitle(card),
          column: column ? columnName(column) : '',
          position: (overIndex >= 0 ? overIndex : Math.max(0, list.indexOf(activeSlot))) + 1,
          total: Math.max(1, list.length),
        };
      }),
    [t, columnName],
  );
}
