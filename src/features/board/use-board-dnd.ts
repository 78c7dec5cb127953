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

/** The order at a drop, shown until the board it was dropped on (`on`) is replaced. */
interface Dropped {
  items: ColumnItems;
  on: ColumnItems;
}

/**
 * All drag-and-drop state of the board, after dnd-kit's multiple-containers example: while a
 * card is dragged the board shows a local copy of the card order, snapshotted at drag start;
 * Escape restores it; the drop is persisted once, through `onMove`, exactly where the
 * placeholder stood at release. Containers are a lane's columns and items a lane's cards
 * (slot-ids.ts); `onMove` gets card and column ids, and the lanes left and entered.
 *
 * The order at the drop stays on screen until `saved` changes: the move's cache update reaches
 * the board's query a task after the drop (TanStack Query tells React on a timer), so the
 * render that ends the drag would otherwise show the card back where it came from for a frame.
 */
export function useBoardDnd(
  saved: ColumnItems,
  onMove: (move: CardMove, lanes: LaneChange) => void,
) {
  const [dragging, setDragging] = useState<ColumnItems | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [dropped, setDropped] = useState<Dropped | null>(null);
  const origin = useRef<{ columnId: string; index: number } | null>(null);
  const memory = useRef<CollisionMemory>({ lastOverId: null });
  const items = dragging ?? (dropped?.on === saved ? dropped.items : saved);
  const collisionDetection = useMemo(() => boardCollisionDetection(items, memory.current), [items]);

  const onDragStart = useCallback(
    ({ active }: DragStartEvent) => {
      const columnId = findColumn(saved, String(active.id));
      if (!columnId) return;
      origin.current = { columnId, index: saved[columnId]?.indexOf(String(active.id)) ?? 0 };
      memory.current.lastOverId = null;
      setDropped(null);
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
        // The drop is shown at once (setDropped); the cache has it a task later.
        const others = place.order.filter((id) => id !== String(active.id));
        const { afterId, beforeId } = neighboursAt(others, toIndex);
        const shown: Dropped = { items: { ...dragging, [place.columnId]: place.order }, on: saved };
        setDropped(shown);
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
        // Forgotten in a task queued after the one of the move's cache update (timers of one
        // delay run in order): a move the cache never took, or took back at once, shows no longer.
        setTimeout(() => setDropped((current) => (current === shown ? null : current)), 0);
      }
      finish();
    },
    [dragging, finish, onMove, saved],
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
