import type { Page } from '@playwright/test';
import { installProbe, type JankTiming } from './page-probe';
import { installViewProbe, type ViewChange } from './view-probe';

/**
 * The event of `change` (set off by `act`, a real gesture) → the end of the first frame that
 * shows every condition of `change`, in ms of the page's clock.
 */
export async function timeViewChange(
  page: Page,
  change: ViewChange,
  act: () => Promise<void>,
): Promise<number> {
  await page.evaluate(installViewProbe);
  await page.evaluate((armed) => {
    if (!window.recboardViewProbe) throw new Error('view probe not installed');
    window.recboardViewProbe.arm(armed);
  }, change);
  await act();
  return page.evaluate(() => {
    if (!window.recboardViewProbe) throw new Error('view probe not installed');
    return window.recboardViewProbe.painted();
  });
}

/** Watches long tasks and frames while `work` runs, and until the page is quiet after it. */
export async function watchJank(
  page: Page,
  work: () => Promise<void>,
  quiet: (page: Page) => Promise<void>,
): Promise<JankTiming> {
  await page.evaluate(installProbe);
  await page.evaluate(() => window.recboardProbe?.startJankWatch());
  await work();
  await quiet(page);
  return page.evaluate(() => {
    if (!window.recboardProbe) throw new Error('probe not installed');
    return window.recboardProbe.stopJankWatch(performance.now());
  });
}
