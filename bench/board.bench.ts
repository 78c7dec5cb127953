import { test } from '@playwright/test';
import { benchConfig } from './bench-config';
import { type BenchResults, type SizeResult, summariseSize } from './bench-results';
import { SLOW_FIRST_TOUCH_US } from './first-touch';
import { measureInitialJs } from './initial-js';
import { describeMachine, machineAtStart } from './machine';
import { APP_DIST, REPO_ROOT } from './paths';
import { writeReport } from './report';
import { type RunOutcome, runBoardOnce } from './run-board';

test('board benchmark', async ({ browser, baseURL, viewport }) => {
  const config = benchConfig();
  const start = machineAtStart();
  if (start.firstTouchUs > SLOW_FIRST_TOUCH_US) {
    console.warn(
      `[bench] this machine charges ${start.firstTouchUs} µs a page of fresh memory (over ${SLOW_FIRST_TOUCH_US}): every figure will be slower than on the machines the budgets were set on (bench/first-touch.ts)`,
    );
  }
  const initialJs = measureInitialJs(APP_DIST);
  const results: SizeResult[] = [];
  for (const [index, size] of config.sizes.entries()) {
    const runs: RunOutcome[] = [];
    for (let run = 1; run <= (config.runs[index] ?? 0); run += 1) {
      // A fresh context per run: empty caches and storage, like a first visit on a new tab.
      const context = await browser.newContext({ baseURL, viewport, serviceWorkers: 'block' });
      try {
        const started = Date.now();
        const outcome = await runBoardOnce(context, size);
        runs.push(outcome);
        const figures = Object.entries(outcome.values)
          .map(([key, value]) => `${key} ${value.toFixed(key.endsWith('Ms') ? 0 : 1)}`)
          .join(', ');
        const seconds = ((Date.now() - started) / 1000).toFixed(0);
        console.info(`[bench] ${size} cards, run ${run} (${seconds} s): ${figures}`);
      } finally {
        await context.close();
      }
    }
    results.push(summariseSize(size, runs));
  }
  const report: BenchResults = {
    date: new Date().toISOString(),
    config,
    machine: describeMachine(browser.version(), start),
    sizes: results,
    build: { initialJsKb: initialJs.gzipKb, initialJsFiles: initialJs.files },
  };
  const written = writeReport(report, REPO_ROOT);
  console.info(`[bench] wrote ${written.join(' and ')}`);
});
