import type { Page } from '@playwright/test';

declare global {
  interface Window {
    recboardProgressSeen?: number;
  }
}

/**
 * Counts the page's DOM changes while an element matching `selector` (a progress bar) is in
 * it. Sent to the page as source, like the other probes: it uses nothing outside its body.
 */
function watchProgress(selector: string): void {
  window.recboardProgressSeen = 0;
  new MutationObserver(() => {
    if (document.querySelector(selector)) {
      window.recboardProgressSeen = (window.recboardProgressSeen ?? 0) + 1;
    }
  }).observe(document.body, { subtree: true, childList: true, attributes: true });
}

/** Starts watching for a progress bar; `progressSeen` then says whether one was shown. */
export async function watchForProgress(page: Page, selector: string): Promise<void> {
  await page.evaluate(watchProgress, selector);
}

export function progressSeen(page: Page): Promise<number> {
  return page.evaluate(() => window.recboardProgressSeen ?? 0);
}
