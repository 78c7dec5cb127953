import { type RefObject, useEffect, useRef, useState } from 'react';

/** Marks the element that scrolls the board's columns sideways: the root of the check. */
export const LANES_SCROLLER_ATTRIBUTE = 'data-lanes-scroller';

/** A column's width plus the gap after it (board-column.module.css: 20rem; gap: --space-3). */
const COLUMN_PITCH_REM = 20.75;

/**
 * A first guess, before any layout, at whether the column at `position` (0 = leftmost) starts
 * within the window's width plus one column: right for an unscrolled board at any zoom, since
 * both sides are in rem. A wrong guess costs only a deferred column or an early one.
 */
export function startsInView(position: number): boolean {
  if (typeof window === 'undefined') return true;
  const pitch = COLUMN_PITCH_REM * rootFontSize();
  return position * pitch < window.innerWidth + pitch;
}

/** A lane's columns (lane-section.module.css: min(32rem, 70vh)) plus its header and gaps. */
const LANE_CHROME_REM = 4;

/**
 * The same first guess for a swimlane stacked at `position` (0 = top): whether it starts
 * within the window's height, where an unscrolled grouped board can show it.
 */
export function laneStartsInView(position: number): boolean {
  if (typeof window === 'undefined') return true;
  const rem = rootFontSize();
  const pitch = Math.min(32 * rem, 0.7 * window.innerHeight) + LANE_CHROME_REM * rem;
  return position * pitch < window.innerHeight;
}

let fontSize: number | undefined;
/** Read once: the guess runs in render, where a style read could force a recalculation. */
function rootFontSize(): number {
  fontSize ??= Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return fontSize;
}

/**
 * Whether a column (or a swimlane) is in, or about a column's width or half a screen from, the
 * visible part of the board. Starts from `initiallyNear()` (asked on the first render only),
 * then an IntersectionObserver watches as the board scrolls (a margin of a quarter of the
 * board's width sideways, half its height up and down); nothing forces a layout. Once near, it
 * stays so: scrolling back does not unmount what was built. Always true when `enabled` is false.
 */
export function useNearView(
  ref: RefObject<HTMLElement | null>,
  enabled: boolean,
  initiallyNear: () => boolean,
): boolean {
  const [near, setNear] = useState(initiallyNear);
  // Once built, always built: a board that grows past the threshold (enabled turning true)
  // must not take down the columns it shows, and the focus or typing inside them.
  const built = useRef(false);
  const settled = near || !enabled || built.current;
  built.current = settled;
  useEffect(() => {
    const element = ref.current;
    if (settled || !element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      {
        root: element.closest(`[${LANES_SCROLLER_ATTRIBUTE}]`),
        // About one column either side on a laptop screen (rootMargin takes no rem), and half
        // a lane above and below a grouped board.
        rootMargin: '50% 25%',
      },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, settled]);
  return settled;
}
