/*
 * Interleaved A/B of the cold load, as docs/performance-notes.md's "interleaved A/B runs".
 *
 * Measures: for two bench builds, each served by bench/serve-build.mjs on its own port (its own
 * origin, so its own IndexedDB), the time from navigation start to every User Timing mark the
 * page sets until AB_UNTIL ('recboard:board-ready' by default): the board's cold load, and the
 * phase marks too when a build adds some. Each run is a fresh browser context (service worker
 * blocked): the build's harness page fills IndexedDB with the generated board, then a new page
 * loads the app, exactly as `npm run bench` does. Runs alternate A B B A …, so the machine's
 * drift (a third over an hour here) falls on both builds alike; compare only figures of one
 * session. Prints each mark's median per build and the median of the paired differences.
 *
 * Run (build each side first with bench/experiments/build-rev.sh):
 *   bash bench/experiments/build-rev.sh 044bf7a~1 /tmp/ab/a
 *   bash bench/experiments/build-rev.sh 044bf7a /tmp/ab/b
 *   AB_A=/tmp/ab/a AB_B=/tmp/ab/b AB_RUNS=10 AB_SIZE=2000 flock /tmp/recboard-heavy.lock \
 *     npx playwright test -c bench/experiments/playwright.experiments.config.ts ab-cold-load
 * Optional: AB_UNTIL (last mark), AB_PORTS (default 4195,4196), AB_OUT (a JSON file of every run),
 * AB_SERVERS (how each side is served: 'static' is bench/serve-build.mjs, 'preview' is
 * `vite preview`, which served the bench before 22 November; default static,static) and
 * AB_PAUSES (ms to wait between filling IndexedDB and loading the app, per side; default 0,0).
 * The same directory on both sides with other servers or pauses compares those instead.
 */
import { writeFileSync } from 'node:fs';
import { type Browser, test } from '@playwright/test';
import { summarise } from '../stats';
import { env, populatedContext, type Side, serve } from './ab-serve';

/** One cold load in a fresh context: navigation start → each mark, in ms. */
async function coldLoad(
  browser: Browser,
  port: number,
  size: number,
  until: string,
  pause: number,
) {
  const context = await populatedContext(browser, port, size);
  try {
    await new Promise((resolve) => setTimeout(resolve, pause));
    const page = await context.newPage();
    await page.goto('/', { waitUntil: 'commit' });
    await page.waitForFunction(
      (name) => performance.getEntriesByName(name, 'mark').length > 0,
      until,
      {
        timeout: 180_000,
      },
    );
    return page.evaluate(() => {
      const marks: Record<string, number> = {};
      for (const mark of performance.getEntriesByType('mark')) {
        marks[mark.name] ??= mark.startTime;
      }
      return marks;
    });
  } finally {
    await context.close();
  }
}

test('interleaved A/B cold load', async ({ browser }) => {
  const builds = { A: env('AB_A'), B: env('AB_B') };
  const runs = Number(env('AB_RUNS', '10'));
  const size = Number(env('AB_SIZE', '2000'));
  const until = env('AB_UNTIL', 'recboard:board-ready');
  const [portA, portB] = env('AB_PORTS', '4195,4196').split(',').map(Number);
  const ports = { A: portA ?? 4195, B: portB ?? 4196 };
  const [serveA = 'static', serveB = 'static'] = env('AB_SERVERS', 'static,static').split(',');
  const [pauseA, pauseB] = env('AB_PAUSES', '0,0').split(',').map(Number);
  const pauses = { A: pauseA ?? 0, B: pauseB ?? 0 };
  const servers = [await serve(builds.A, ports.A, serveA), await serve(builds.B, ports.B, serveB)];
  const samples: Record<Side, Record<string, number>[]> = { A: [], B: [] };
  try {
    for (let run = 0; run < runs; run += 1) {
      const order: Side[] = run % 2 === 0 ? ['A', 'B'] : ['B', 'A'];
      for (const side of order) {
        samples[side].push(await coldLoad(browser, ports[side], size, until, pauses[side]));
      }
      console.info(
        `[ab] run ${run + 1}: A ${samples.A.at(-1)?.[until]?.toFixed(0)} ms, B ${samples.B.at(-1)?.[until]?.toFixed(0)} ms`,
      );
    }
  } finally {
    for (const server of servers) server.kill();
  }
  const names = Object.keys(samples.A[0] ?? {}).filter((name) => name in (samples.B[0] ?? {}));
  for (const name of names) {
    const a = samples.A.map((marks) => marks[name] ?? Number.NaN);
    const b = samples.B.map((marks) => marks[name] ?? Number.NaN);
    const paired = summarise(b.map((value, index) => value - (a[index] ?? Number.NaN)));
    console.info(
      `[ab] ${name}: A ${summarise(a).median.toFixed(0)} ms, B ${summarise(b).median.toFixed(0)} ms, paired B − A ${paired.median.toFixed(0)} ms (${runs} runs each, ${size} cards)`,
    );
  }
  const out = process.env.AB_OUT;
  if (out) writeFileSync(out, `${JSON.stringify({ builds, size, runs, samples }, null, 2)}\n`);
});
