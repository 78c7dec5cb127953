/*
 * Why the bench brings tab A to the front before the move tab B watches (measureCrossTabMove,
 * bench/journal-measures.ts): headless Chromium throttles a page that is not the active tab
 * once it is sent input. One build, one board; each run is a fresh context (as the bench's)
 * where tab A loads the board, a second page loads it too (tab B, opened last: the active
 * tab), then a mouse drag in tab A, twice: with tab A behind, then brought to the front. Each
 * prints both tabs' frame gaps after the drag (median of four requestAnimationFrame gaps) and
 * the drop → repainted, → persisted and → patched in tab A.
 *
 * Run (build with bench/experiments/build-rev.sh first):
 *   bash bench/experiments/build-rev.sh HEAD /tmp/ab/head
 *   AB_A=/tmp/ab/head AB_RUNS=2 AB_SIZE=2000 \
 *     npx playwright test -c bench/experiments/playwright.experiments.config.ts background-tab-throttle
 */
import { test } from '@playwright/test';
import { frameGap, openSecondTab } from '../journal-measures';
import { measureMouseDrag, settle } from '../measures';
import { env, onLoadedBoard, serve } from './ab-serve';

const FROM = 'To triage';
const TO = 'In progress';

test('a page sent input while another tab is active', async ({ browser }) => {
  test.setTimeout(0);
  const size = Number(env('AB_SIZE', '2000'));
  const [port = 4195] = env('AB_PORTS', '4195').split(',').map(Number);
  const server = await serve(env('AB_A'), port, 'static');
  try {
    for (let run = 0; run < Number(env('AB_RUNS', '2')); run += 1) {
      await onLoadedBoard(browser, port, size, async (context, tabA) => {
        const tabB = await context.newPage();
        await openSecondTab(tabB);
        for (const front of [false, true]) {
          if (front) await tabA.bringToFront();
          await settle(tabA);
          const drag = await measureMouseDrag(tabA, FROM, TO);
          const [gapA, gapB] = [await frameGap(tabA), await frameGap(tabB)];
          console.info(
            `[throttle] run ${run + 1}, tab A ${front ? 'in front' : 'behind'}: frame gap A ${gapA.toFixed(0)} ms, B ${gapB.toFixed(0)} ms; drop → repaint ${drag.dropToRepaintMs.toFixed(0)}, persisted ${drag.dropToPersistMs.toFixed(0)}, patched ${drag.dropToPatchedMs.toFixed(0)} (${size} cards)`,
          );
        }
        await tabB.close();
        return {};
      });
    }
  } finally {
    server.kill();
  }
});
