import { useEffect } from 'react';

/**
 * Keeps a sideways swipe on a horizontal scroller from turning into the browser's back or
 * forward navigation, which would leave the app mid-meeting.
 *
 * `overscroll-behavior-x` is the standard way, and the page sets it, but Chromium ignored it
 * for a swipe that began inside a vertical scroller (a column) nested in this one: at the
 * scroller's start edge a swipe right went back a page. So a swipe that is mostly sideways and
 * pushes past an edge the scroller has already reached is cancelled at its first move; every
 * other swipe (vertical, or one the scroller can follow) is left to the browser.
 */
export function useSwipeNavigationGuard(element: HTMLElement | null): void {
  useEffect(() => {
    if (!element) return;
    let start: { x: number; y: number } | null = null;
    const onStart = (event: TouchEvent) => {
      const touch = event.touches[0];
      start = event.touches.length === 1 && touch ? { x: touch.clientX, y: touch.clientY } : null;
    };
    const onMove = (event: TouchEvent) => {
      const touch = event.touches[0];
      if (!start || !touch || !event.cancelable) return;
      const dx = touch.clientX - start.x;
      if (Math.abs(dx) <= Math.abs(touch.clientY - start.y)) return;
      const atStart = element.scrollLeft <= 0;
      const atEnd = element.scrollLeft + element.clientWidth >= element.scrollWidth - 1;
      if ((dx > 0 && atStart) || (dx < 0 && atEnd)) event.preventDefault();
    };
    element.addEventListener('touchstart', onStart, { passive: true });
    // Not passive: cancelling the move is the point.
    element.addEventListener('touchmove', onMove, { passive: false });
    return () => {
      element.removeEventListener('touchstart', onStart);
      element.removeEventListener('touchmove', onMove);
    };
  }, [element]);
}
