import { useDndContext } from '@dnd-kit/core';
import { type RefObject, useLayoutEffect } from 'react';

/**
 * Records the drop target of the last frame painted: the one the placeholder showed. dnd-kit
 * computes a new target as soon as the board scrolls under a still pointer, and a release can
 * come before that target is rendered; the drop then goes where the person saw it (see
 * useBoardDnd), not a frame ahead of the screen.
 */
export function PaintedOver({ into }: { into: RefObject<string | null> }) {
  const { over } = useDndContext();
  const overId = over ? String(over.id) : null;
  useLayoutEffect(() => {
    into.current = overId;
  }, [into, overId]);
  return null;
}
