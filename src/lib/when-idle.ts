/** Runs `work` when the browser is idle (or shortly, where it cannot say): never on a hot path. */
export function whenIdle(work: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => work());
  else window.setTimeout(work, 200);
}
