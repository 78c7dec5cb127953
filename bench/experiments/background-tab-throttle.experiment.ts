/*
 * Why the bench brings tab A to the front before the move tab B watches (measureCrossTabMove,
 * bench/journal-measures.ts): headless Chromium throttles a page that is not the active tab
 * once it is sent input. One build, one board; each run is a fresh context (as the bench's)
 * where tab A loads the board, a second page loads it too (tab B, opened last: the active
 * tab), then a mouse drag in tab A, twice: with tab A behind and with it in front, in turn
 * first (bringing tab B to the front puts tab A behind again). Each prints both tabs' frame
 * gaps after the drag (frameGap: Infinity when a tab draws fewer than five frames in 3 s) and
 * the drop → repainted, → persisted and → patched in tab A. At 2,000 cards, 2 runs: behind,
 * tab A drew no frame for seconds and its drop was repainted in 260 and 221 ms, persisted in
 * 166 and 110; in front, 17 ms frames, repainted in 29 and 51, persisted in 44 and 97. Tab B
 * drew every 17 ms throughout.
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
        // Behind first in odd runs, in front first in even ones, so the drag's order is not
        // what differs between the two.
        for (const front of run % 2 === 0 ? [false, true] : [true, false]) {
          await (front ? tabA : tabB).bringToFront();
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
