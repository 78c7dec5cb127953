import type { DragEndEvent, DragOverEvent, DragStartEvent, UniqueIdentifier } from '@dnd-kit/core';
import { arrayMove } from '@dnd-kit/sortable';
import { useCallback, useRef, useState } from 'react';
import type { CardMove } from '../../domain/move-in-layout';

export type ColumnItems = Record<string, string[]>;

function findColumn(items: ColumnItems, id: UniqueIdentifier): string | undefined {
  const key = String(id);
  if (key in items) return key;
  return Object.keys(items).find((columnId) => items[columnId]?.includes(key));
}

/**
 * All drag-and-drop state of the board, after dnd-kit's multiple-containers pattern: while a
 * card is dragged the board shows a local copy of the card order, snapshotted at drag start;
 * Escape restores it; the drop is persisted once, through `onMove`.
 */
export function useBoardDnd(saved: ColumnItems, onMove: (move: CardMove) => void) {
  const [dragging, setDragging] = useState<ColumnItems | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const origin = useRef<{ columnId: string; index: number } | null>(null);
  const items = dragging ?? saved;

  const onDragStart = useCallback(
    ({ active }: DragStartEvent) => {
      const columnId = findColumn(saved, active.id);
      if (!columnId) return;
      origin.current = { columnId, index: saved[columnId]?.indexOf(String(active.id)) ?? 0 };
      setDragging(saved);
      setActiveId(String(active.id));
    },
    [saved],
  );

  const onDragOver = useCallback(({ active, over }: DragOverEvent) => {
    if (!over) return;
    setDragging((current) => {
      if (!current) return current;
      const from = findColumn(current, active.id);
      const to = findColumn(current, over.id);
      if (!from || !to || from === to) return current;
      const target = current[to] ?? [];
      const overIndex = target.indexOf(String(over.id));
      const insertAt = overIndex >= 0 ? overIndex : target.length;
      return {
        ...current,
        [from]: (current[from] ?? []).filter((id) => id !== String(active.id)),
        [to]: [...target.slice(0, insertAt), String(active.id), ...target.slice(insertAt)],
      };
    });
  }, []);

  const finish = useCallback(() => {
    setDragging(null);
    setActiveId(null);
    origin.current = null;
  }, []);

  const onDragEnd = useCallback(
    ({ active, over }: DragEndEvent) => {
      const current = dragging;
      const start = origin.current;
      const columnId = current && over ? findColumn(current, over.id) : undefined;
      if (!current || !start || !over || !columnId) return finish();
      let list = current[columnId] ?? [];
      const from = list.indexOf(String(active.id));
      const to = list.indexOf(String(over.id));
      if (from >= 0 && to >= 0 && from !== to) list = arrayMove(list, from, to);
      const toIndex = list.indexOf(String(active.id));
      if (toIndex >= 0 && (columnId !== start.columnId || toIndex !== start.index)) {
        // The optimistic cache update and the end of the local drag state render together.
        onMove({ id: String(active.id), toColumnId: columnId, toIndex });
      }
      finish();
    },
    [dragging, finish, onMove],
  );

  return { items, activeId, onDragStart, onDragOver, onDragEnd, onDragCancel: finish };
}
