import { test } from '@playwright/test';
import { type BenchResults, type SizeResult, summariseSize } from './bench-results';
import { measureInitialJs } from './initial-js';
import { describeMachine } from './machine';
import { BENCH_DIST, REPO_ROOT } from './paths';
import { writeReport } from './report';
import { type RunOutcome, runBoardOnce } from './run-board';

const DEFAULT_SIZES = [500, 2000, 10_000];

/** BENCH_SIZES=500,2000 picks the board sizes; BENCH_RUNS=3 the runs per size. */
function sizes(): number[] {
  const raw = process.env.BENCH_SIZES;
  if (!raw) return DEFAULT_SIZES;
  const parsed = raw.split(',').map((part) => Number(part.trim()));
  if (parsed.some((size) => !Number.isInteger(size) || size <= 0)) {
    throw new Error(`BENCH_SIZES must list positive integers, got "${raw}"`);
  }
  return parsed;
}

function runsFor(size: number): number {
  const raw = process.env.BENCH_RUNS;
  if (raw) {
    const runs = Number(raw);
    if (!Number.isInteger(runs) || runs <= 0) throw new Error(`BENCH_RUNS must be > 0: "${raw}"`);
    return runs;
  }
  // This machine's speed drifts from minute to minute: 7 runs keep a median steady, 3 at 10,000
  // (each takes about half a minute there).
  return size >= 10_000 ? 3 : 7;
}

test('board benchmark', async ({ browser, baseURL, viewport }) => {
  const initialJs = measureInitialJs(BENCH_DIST);
  const results: SizeResult[] = [];
  for (const size of sizes()) {
    const runs: RunOutcome[] = [];
    for (let run = 1; run <= runsFor(size); run += 1) {
      // A fresh context per run: empty caches and storage, like a first visit on a new tab.
      const context = await browser.newContext({ baseURL, viewport, serviceWorkers: 'block' });
      try {
        const outcome = await runBoardOnce(context, size);
        runs.push(outcome);
        const { coldLoadMs, dropRepaintMs, bulkWriteRatio } = outcome.values;
        console.info(
          `[bench] ${size} cards, run ${run}: load ${coldLoadMs.toFixed(0)} ms, drop→paint ${dropRepaintMs.toFixed(0)} ms, bulk/baseline ${bulkWriteRatio.toFixed(2)}×`,
        );
      } finally {
        await context.close();
      }
    }
    results.push(summariseSize(size, runs));
  }
  const report: BenchResults = {
    date: new Date().toISOString(),
    machine: describeMachine(browser.version()),
    sizes: results,
    build: { initialJsKb: initialJs.gzipKb, initialJsFiles: initialJs.files },
  };
  writeReport(report, REPO_ROOT);
  console.info('[bench] wrote bench/results/latest.json and docs/performance.md');
});
