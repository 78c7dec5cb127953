/**
 * Named moments the benchmark reads through the User Timing API (local to the page, never
 * sent anywhere). Marking costs microseconds, so production keeps them.
 */
export type PerfMark = 'recboard:board-ready' | 'recboard:editor-ready' | 'recboard:move-persisted';

export function markTiming(name: PerfMark): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') {
    performance.mark(name);
  }
}

/** Marks once the browser has painted what React just committed (two frames later). */
export function markAfterPaint(name: PerfMark): void {
  if (typeof requestAnimationFrame !== 'function') {
    markTiming(name);
    return;
  }
  requestAnimationFrame(() => requestAnimationFrame(() => markTiming(name)));
}
