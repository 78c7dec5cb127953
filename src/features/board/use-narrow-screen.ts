import { useSyncExternalStore } from 'react';

/** Below this width the board shows one column at a time (board-view.module.css agrees). */
export const NARROW_QUERY = '(max-width: 699.98px)';

/** Where there is no matchMedia (jsdom), the screen counts as wide. */
const canMatch = () => typeof window.matchMedia === 'function';

function subscribe(onChange: () => void): () => void {
  if (!canMatch()) return () => {};
  const query = window.matchMedia(NARROW_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** Whether the window is phone-narrow; follows rotation and resizing. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => canMatch() && window.matchMedia(NARROW_QUERY).matches,
    () => false,
  );
}
