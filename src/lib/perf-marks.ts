/**
 * Named moments the benchmark reads through the User Timing API (local to the page, never
 * sent anywhere). Marking costs microseconds, so production keeps them.
 */
export type PerfMark =
  | 'recboard:board-ready'
  | 'recboard:board-complete'
  | 'recboard:editor-ready'
  | 'recboard:move-persisted';

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
