/*
 * Interleaved A/B of the find bar, as `npm run bench` measures it in tab A (bench/find-measures.ts):
 * a grouping chosen (→ the lanes painted), then a search typed key by key (the median of key →
 * the board repainted, over the keys that change the result), in the bench's order.
 *
 * Each run is a fresh browser context (service worker blocked): the build's harness page fills
 * IndexedDB with the generated board, a new page loads the app and waits for the whole board
 * and for AB_WARM_MS (default 3,000) so the page is quiet, as it is by the time the bench
 * searches.
 *
 * Run (build each side first with bench/experiments/build-rev.sh):
 *   bash bench/experiments/build-rev.sh HEAD~1 /tmp/ab/a
 *   bash bench/experiments/build-rev.sh HEAD /tmp/ab/b
 *   AB_A=/tmp/ab/a AB_B=/tmp/ab/b AB_RUNS=4 AB_SIZE=10000 \
 *     npx playwright test -c bench/experiments/playwright.experiments.config.ts ab-find
 * Optional: AB_WARM_MS, AB_PORTS (default 4195,4196), AB_OUT (a JSON file of every run).
 */
import { type Browser, test } from '@playwright/test';
import { measureGrouping, measureSearch } from '../find-measures';
import { settle } from '../measures';
import { env, type Figures, interleaved, onLoadedBoard } from './ab-serve';

function find(browser: Browser, port: number, size: number): Promise<Figures> {
  return onLoadedBoard(browser, port, size, async (_context, page) => {
    await page.waitForTimeout(Number(env('AB_WARM_MS', '3000')));
    await settle(page);
    // The bench's order (bench/run-views.ts): the grouping first, on code not yet run.
    const groupingMs = await measureGrouping(page);
    const search = await measureSearch(page);
    return { keystrokeMs: search.keystrokeMs, groupingMs };
  });
}

test('interleaved A/B find bar', async ({ browser }) => {
  test.setTimeout(0);
  await interleaved(browser, find);
});
