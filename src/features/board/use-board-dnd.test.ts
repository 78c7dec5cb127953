import type { Active, DragEndEvent, DragOverEvent, DragStartEvent, Over } from '@dnd-kit/core';
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ColumnItems } from './column-items';
import { useBoardDnd } from './use-board-dnd';

const RECT = { top: 0, left: 0, width: 200, height: 80, right: 200, bottom: 80 };

function active(id: string): Active {
  return {
    id,
    data: { current: undefined },
    rect: { current: { initial: RECT, translated: RECT } },
  };
}

function over(id: string): Over {
  return { id, rect: RECT, data: { current: undefined }, disabled: false };
}

function dragEvent(activeId: string, overId: string): DragOverEvent & DragEndEvent {
  return {
    activatorEvent: new Event('pointerdown'),
    active: active(activeId),
    over: over(overId),
    collisions: null,
    delta: { x: 0, y: 0 },
  };
}

function startEvent(activeId: string): DragStartEvent {
  return { activatorEvent: new Event('pointerdown'), active: active(activeId) };
}

/** Drags `card` over `target`, a card of another column, and drops it there. */
function dragOnto(
  result: { current: ReturnType<typeof useBoardDnd> },
  card: string,
  target: string,
) {
  act(() => result.current.onDragStart(startEvent(card)));
  act(() => result.current.onDragOver(dragEvent(card, target)));
  act(() => result.current.onDragEnd(dragEvent(card, target)));
}

describe('useBoardDnd', () => {
  const saved: ColumnItems = { todo: ['a', 'b'], doing: ['c'] };

  it('shows the card where it was dropped in the render that ends the drag', () => {
    const onMove = vi.fn();
    const { result, rerender } = renderHook(({ board }) => useBoardDnd(board, onMove), {
      initialProps: { board: saved },
    });
    dragOnto(result, 'a', 'c');

    expect(onMove).toHaveBeenCalledWith(
      { id: 'a', toColumnId: 'doing', afterId: 'c', beforeId: null },
      { from: '', to: '' },
    );
    expect(result.current.activeId).toBeNull();
    // The board's saved order has not changed yet: the drop is still what is shown.
    expect(result.current.items).toEqual({ todo: ['b'], doing: ['c', 'a'] });

    // The move reaches the saved order (here a different one, as a failed write would leave).
    const next: ColumnItems = { todo: ['a', 'b'], doing: ['c'] };
    rerender({ board: next });
    expect(result.current.items).toBe(next);
  });

  it('shows the saved order again a task after a move the board never took', async () => {
    const onMove = vi.fn();
    const { result } = renderHook(() => useBoardDnd(saved, onMove));
    dragOnto(result, 'a', 'c');
    expect(result.current.items).toEqual({ todo: ['b'], doing: ['c', 'a'] });

    // The cache's update would have come in a task queued before this one: none came (a
    // write refused at once puts back the very board it replaced).
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(result.current.items).toBe(saved);
  });

  it('shows the saved order again after a drag that moves nothing', () => {
    const onMove = vi.fn();
    const { result } = renderHook(() => useBoardDnd(saved, onMove));
    act(() => result.current.onDragStart(startEvent('a')));
    act(() => result.current.onDragEnd(dragEvent('a', 'a')));

    expect(onMove).not.toHaveBeenCalled();
    expect(result.current.items).toBe(saved);
  });

  it('forgets the last drop when the next drag starts', () => {
    const onMove = vi.fn();
    const { result } = renderHook(() => useBoardDnd(saved, onMove));
    dragOnto(result, 'a', 'c');
    act(() => result.current.onDragStart(startEvent('b')));
    act(() => result.current.onDragCancel());

    expect(result.current.items).toBe(saved);
  });
});
