import type { EarlyBoardRead } from './read-board-early';

/** The window property index.html's inline script leaves its read in. */
export const EARLY_READ_GLOBAL = 'recboardEarlyRead';

declare global {
  interface Window {
    [EARLY_READ_GLOBAL]?: Promise<EarlyBoardRead | null>;
  }
}

/** Takes the early read, once: any later read must come from the database itself. */
export function takeEarlyBoardRead(): Promise<EarlyBoardRead | null> | null {
  if (typeof window === 'undefined') return null;
  const read = window[EARLY_READ_GLOBAL] ?? null;
  delete window[EARLY_READ_GLOBAL];
  return read;
}
