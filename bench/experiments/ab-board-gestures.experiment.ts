/*
 * Interleaved A/B of the board's gestures, as `npm run bench` measures them in tab A: a mouse
 * drag and drop (its longest task, the drop repainted, persisted and patched in), a keyboard
 * move and its undo (repainted, committed), the card editor's opening, and a mouse move watched
 * from a second tab.
 *
 * Each run is a fresh browser context (service worker blocked): the build's harness page fills
 * IndexedDB with the generated board, a new page loads the app and waits for the whole board,
 * then the gestures run as the bench runs them (measureGestures, bench/run-board.ts). Runs alternate A B B A …, so the machine's drift falls on both
 * builds alike. Prints each figure's median per build and the median of the paired differences.
 *
 * Run (build each side first with bench/experiments/build-rev.sh):
 *   bash bench/experiments/build-rev.sh HEAD~1 /tmp/ab/a
 *   bash bench/experiments/build-rev.sh HEAD /tmp/ab/b
 *   AB_A=/tmp/ab/a AB_B=/tmp/ab/b AB_RUNS=4 AB_SIZE=10000 \
 *     npx playwright test -c bench/experiments/playwright.experiments.config.ts ab-board-gestures
 * Optional: AB_PORTS (default 4195,4196), AB_OUT (a JSON file of every run).
 */
import { type Browser, test } from '@playwright/test';
import { gestureFigures, measureGestures } from '../run-board';
import { type Figures, interleaved, onLoadedBoard } from './ab-serve';

/** One run in a fresh context: the gestures of the bench's tab A, in its order. */
function gestures(browser: Browser, port: number, size: number): Promise<Figures> {
  return onLoadedBoard(browser, port, size, async (context, page) => {
    const gestures = await measureGestures(context, page);
    return {
      ...gestureFigures(gestures),
      crossTabPersistMs: gestures.crossTab.drag.dropToPersistMs,
    };
  });
}

test('interleaved A/B board gestures', async ({ browser }) => {
  test.setTimeout(0);
  await interleaved(browser, gestures);
});
