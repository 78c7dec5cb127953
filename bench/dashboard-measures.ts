import { expect, type Page } from '@playwright/test';
import { BoardPage } from '../e2e/page-models/board-page';
import { DashboardPage } from '../e2e/page-models/dashboard-page';
import { settle, WAIT } from './measures';
import { timeViewChange } from './time-view-change';
import { ViewControls } from './view-controls';
import type { Condition } from './view-probe';

/*
 * The dashboard's measures (issue 16). "Every figure painted" is the dashboard's own
 * data-status="ready" (src/features/dashboard/dashboard-page.tsx): it is set in the same
 * render as the sections, from the worker's answer, so the frame after it shows every figure.
 */

const READY: Condition = {
  selector: '[data-testid="dashboard"]',
  attribute: { name: 'data-status', value: 'ready' },
};
const COUNTED = '[data-testid="dashboard-counted"]';
/** A stage of the generated board's cards (the sample's). */
const REFILTER = { name: 'stage', value: 'return' };

async function counted(page: Page): Promise<string> {
  return (await page.locator(COUNTED).textContent(WAIT)) ?? '';
}

/** The "Dashboard" link of the header → every figure painted. Leaves the dashboard open. */
export async function measureDashboardOpen(page: Page, cards: number): Promise<number> {
  const ms = await timeViewChange(page, { event: 'click', until: [READY] }, () =>
    new ViewControls(page).navLink('Dashboard').click(WAIT),
  );
  const dashboard = new DashboardPage(page);
  await dashboard.ready();
  expect(await dashboard.counted()).toBe(cards);
  await settle(page);
  return ms;
}

/**
 * The dashboard has no filter control of its own: it follows the view in the URL (the board's
 * filter, a saved view, Back and Forward). So the filter changes the way the browser changes
 * it: an entry with a stage filter is pushed (the app is not told), Back returns to the entry
 * the dashboard shows, and Forward (a popstate) → every figure recomputed and painted.
 */
export async function measureDashboardRefilter(page: Page): Promise<number> {
  const dashboard = new DashboardPage(page);
  const all = await counted(page);
  await page.evaluate(({ name, value }) => {
    const url = new URL(window.location.href);
    url.searchParams.set(name, value);
    window.history.pushState(null, '', url);
  }, REFILTER);
  await page.goBack({ waitUntil: 'commit' });
  await settle(page);
  await dashboard.ready();
  expect(await counted(page)).toBe(all);

  const ms = await timeViewChange(
    page,
    { event: 'popstate', until: [READY, { selector: COUNTED, textNot: all }] },
    () => page.goForward({ waitUntil: 'commit' }).then(() => undefined),
  );
  const filtered = await dashboard.counted();
  expect(filtered).toBeGreaterThan(0);
  expect(filtered).toBeLessThan(Number(all.replace(/\D/g, '')));
  await settle(page);
  return ms;
}

/** Back to the board, without the filter the dashboard measures left in the URL. */
export async function leaveDashboard(page: Page): Promise<void> {
  await page.goBack({ waitUntil: 'commit' });
  await new DashboardPage(page).ready();
  await new ViewControls(page).navLink('Board').click(WAIT);
  await new BoardPage(page).whole();
  await settle(page);
}
