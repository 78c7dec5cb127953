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
import { writeFileSync } from 'node:fs';
import { type Browser, test } from '@playwright/test';
import { measureColdLoad, measureWholeBoard } from '../measures';
import { gestureFigures, measureGestures } from '../run-board';
import { summarise } from '../stats';
import { env, populatedContext, type Side, serve } from './ab-serve';

type Figures = Record<string, number>;

/** One run in a fresh context: the gestures of the bench's tab A, in its order. */
async function gestures(browser: Browser, port: number, size: number): Promise<Figures> {
  const context = await populatedContext(browser, port, size);
  try {
    const page = await context.newPage();
    await measureColdLoad(page);
    await measureWholeBoard(page);
    const gestures = await measureGestures(context, page);
    return {
      ...gestureFigures(gestures),
      crossTabPersistMs: gestures.crossTab.drag.dropToPersistMs,
    };
  } finally {
    await context.close();
  }
}

test('interleaved A/B board gestures', async ({ browser }) => {
  test.setTimeout(0);
  const builds = { A: env('AB_A'), B: env('AB_B') };
  const runs = Number(env('AB_RUNS', '4'));
  const size = Number(env('AB_SIZE', '10000'));
  const [portA, portB] = env('AB_PORTS', '4195,4196').split(',').map(Number);
  const ports = { A: portA ?? 4195, B: portB ?? 4196 };
  const servers = [
    await serve(builds.A, ports.A, 'static'),
    await serve(builds.B, ports.B, 'static'),
  ];
  const samples: Record<Side, Figures[]> = { A: [], B: [] };
  try {
    for (let run = 0; run < runs; run += 1) {
      const order: Side[] = run % 2 === 0 ? ['A', 'B'] : ['B', 'A'];
      for (const side of order) samples[side].push(await gestures(browser, ports[side], size));
      console.info(`[ab] run ${run + 1}: A ${JSON.stringify(samples.A.at(-1))}`);
      console.info(`[ab] run ${run + 1}: B ${JSON.stringify(samples.B.at(-1))}`);
    }
  } finally {
    for (const server of servers) server.kill();
  }
  for (const name of Object.keys(samples.A[0] ?? {})) {
    const a = samples.A.map((figures) => figures[name] ?? Number.NaN);
    const b = samples.B.map((figures) => figures[name] ?? Number.NaN);
    const paired = summarise(b.map((value, index) => value - (a[index] ?? Number.NaN)));
    console.info(
      `[ab] ${name}: A ${summarise(a).median.toFixed(0)}, B ${summarise(b).median.toFixed(0)}, paired B − A ${paired.median.toFixed(0)} (${runs} runs each, ${size} cards)`,
    );
  }
  const out = process.env.AB_OUT;
  if (out) writeFileSync(out, `${JSON.stringify({ builds, size, runs, samples }, null, 2)}\n`);
});
