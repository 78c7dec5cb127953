/**
 * Named moments the benchmark reads through the User Timing API (local to the page, never
 * sent anywhere). Marking costs microseconds, so production keeps them.
 */
export type PerfMark =
  | 'recboard:board-ready'
  | 'recboard:board-complete'
  | 'recboard:editor-ready'
  | 'recboard:move-persisted'
  /** A committed write of this tab patched into the cache from its journal entry, and painted. */
  | 'recboard:journal-applied';

export function markTiming(name: PerfMark): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') {
    performance.mark(name);
  }
}

/**
 * Marks once the browser has painted what React just committed: a task queued from the next
 * animation frame runs right after that frame's style, layout and paint (a second frame would
 * add up to 16 ms of waiting that is not the app's). Call it from a layout effect: a passive
 * effect often runs after that paint, and the mark would then wait for a second frame.
 */
export function markAfterPaint(name: PerfMark): void {
  if (typeof requestAnimationFrame !== 'function') {
    markTiming(name);
    return;
  }
  requestAnimationFrame(() => setTimeout(() => markTiming(name), 0));
}

/**
 * Marks after the paint of a cache update just made: react-query tells React in a task it
 * queues with setTimeout(0), so a task queued after it runs once React has rendered the update;
 * from there, markAfterPaint waits for the frame that paints it.
 */
export function markAfterRender(name: PerfMark): void {
  setTimeout(() => markAfterPaint(name), 0);
}
