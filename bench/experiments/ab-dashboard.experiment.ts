/*
 * Interleaved A/B of the dashboard, as `npm run bench` measures it in tab A: the header's
 * "Dashboard" link → every figure painted, then a filter changed (Forward to a view with a
 * stage filter) → every figure recomputed and painted. Beside each, the dashboard's own
 * `data-figures-ms`: from asking the worker for the figures to having them, so the rest is the
 * page's (the render, its style, layout and paint).
 *
 * Each run is a fresh browser context (service worker blocked): the build's harness page fills
 * IndexedDB with the generated board, a new page loads the app, waits for the whole board and
 * for AB_WARM_MS (default 8,000) so the dashboard's worker has started and brought its copy of
 * the journal's digest up to date, as it has by the time the bench opens the dashboard.
 *
 * Run (build each side first with bench/experiments/build-rev.sh):
 *   bash bench/experiments/build-rev.sh HEAD~1 /tmp/ab/a
 *   bash bench/experiments/build-rev.sh HEAD /tmp/ab/b
 *   AB_A=/tmp/ab/a AB_B=/tmp/ab/b AB_RUNS=4 AB_SIZE=10000 \
 *     npx playwright test -c bench/experiments/playwright.experiments.config.ts ab-dashboard
 * Optional: AB_WARM_MS, AB_PORTS (default 4195,4196), AB_OUT (a JSON file of every run).
 */
import { type Browser, type Page, test } from '@playwright/test';
import { measureDashboardOpen, measureDashboardRefilter } from '../dashboard-measures';
import { settle } from '../measures';
import { env, type Figures, interleaved, onLoadedBoard } from './ab-serve';

/** The dashboard's own figure: from asking the worker to having its answer (data-figures-ms). */
async function figuresMs(page: Page): Promise<number> {
  const value = await page.getByTestId('dashboard').getAttribute('data-figures-ms');
  return Number(value);
}

function dashboard(browser: Browser, port: number, size: number): Promise<Figures> {
  return onLoadedBoard(browser, port, size, async (_context, page) => {
    await page.waitForTimeout(Number(env('AB_WARM_MS', '8000')));
    await settle(page);
    const openMs = await measureDashboardOpen(page, size);
    const openFiguresMs = await figuresMs(page);
    const refilterMs = await measureDashboardRefilter(page);
    return { openMs, openFiguresMs, refilterMs, refilterFiguresMs: await figuresMs(page) };
  });
}

test('interleaved A/B dashboard', async ({ browser }) => {
  test.setTimeout(0);
  await interleaved(browser, dashboard);
});
