import type { DragEndEvent, DragOverEvent, DragStartEvent } from '@dnd-kit/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import { type CardMove, neighboursAt } from '../../domain/move-in-layout';
import { boardCollisionDetection, type CollisionMemory } from './board-collision';
import { type ColumnItems, dropPlace, findColumn, moveAcrossColumns } from './column-items';
import { parseSlot } from './slot-ids';

/** The lane a dragged card left and the one it was dropped in (the same when not grouped). */
export interface LaneChange {
  from: string;
  to: string;
}

/**
 * All drag-and-drop state of the board, after dnd-kit's multiple-containers example: while a
 * card is dragged the board shows a local copy of the card order, snapshotted at drag start;
 * Escape restores it; the drop is persisted once, through `onMove`, exactly where the
 * placeholder stood at release. Containers are a lane's columns and items a lane's cards
 * (slot-ids.ts); `onMove` gets card and column ids, and the lanes left and entered.
 */
export function useBoardDnd(
  saved: ColumnItems,
  onMove: (move: CardMove, lanes: LaneChange) => void,
) {
  const [dragging, setDragging] = useState<ColumnItems | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const origin = useRef<{ columnId: string; index: number } | null>(null);
  const memory = useRef<CollisionMemory>({ lastOverId: null });
  const items = dragging ?? saved;
  const collisionDetection = useMemo(() => boardCollisionDetection(items, memory.current), [items]);

  const onDragStart = useCallback(
    ({ active }: DragStartEvent) => {
      const columnId = findColumn(saved, String(active.id));
      if (!columnId) return;
      origin.current = { columnId, index: saved[columnId]?.indexOf(String(active.id)) ?? 0 };
      memory.current.lastOverId = null;
      setDragging(saved);
      setActiveId(String(active.id));
    },
    [saved],
  );

  const onDragOver = useCallback(({ active, over }: DragOverEvent) => {
    if (!over) return;
    const dragged = active.rect.current.translated;
    const belowOver = dragged !== null && dragged.top > over.rect.top + over.rect.height;
    setDragging((current) =>
      current ? moveAcrossColumns(current, String(active.id), String(over.id), belowOver) : current,
    );
  }, []);

  const finish = useCallback(() => {
    setDragging(null);
    setActiveId(null);
    origin.current = null;
  }, []);

  const onDragEnd = useCallback(
    ({ active, over }: DragEndEvent) => {
      const start = origin.current;
      const place =
        dragging && over ? dropPlace(dragging, String(active.id), String(over.id)) : null;
      const toIndex = place ? place.order.indexOf(String(active.id)) : -1;
      if (start && place && (place.columnId !== start.columnId || toIndex !== start.index)) {
        // The optimistic cache update and the end of the local drag state render together.
        const others = place.order.filter((id) => id !== String(active.id));
        const { afterId, beforeId } = neighboursAt(others, toIndex);
        const card = (slot: string | null) => (slot === null ? null : parseSlot(slot).id);
        const from = parseSlot(start.columnId);
        const to = parseSlot(place.columnId);
        onMove(
          {
            id: parseSlot(String(active.id)).id,
            toColumnId: to.id,
            afterId: card(afterId),
            beforeId: card(beforeId),
          },
          { from: from.lane, to: to.lane },
        );
      }
      finish();
    },
    [dragging, finish, onMove],
  );

  return {
    items,
    activeId,
    collisionDetection,
    onDragStart,
    onDragOver,
    onDragEnd,
    onDragCancel: finish,
  };
}
