/*
 * What the interleaved A/B experiments share: their settings from the environment, and a
 * server for each side's build (its own port, so its own origin and its own IndexedDB).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { measureColdLoad, measureWholeBoard, openHarness, populate } from '../measures';
import { REPO_ROOT } from '../paths';
import { summarise } from '../stats';

export const env = (name: string, fallback?: string): string => {
  const value = process.env[name] ?? fallback;
  if (value === undefined) throw new Error(`${name} is not set (see the experiment file's header)`);
  return value;
};

export type Side = 'A' | 'B';

/** Serves `dir` and resolves once its harness page answers. */
export async function serve(dir: string, port: number, how: string): Promise<ChildProcess> {
  const [command, args] =
    how === 'preview'
      ? [
          join(REPO_ROOT, 'node_modules/.bin/vite'),
          [
            'preview',
            '--outDir',
            dir,
            '--port',
            String(port),
            '--strictPort',
            '--host',
            '127.0.0.1',
          ],
        ]
      : ['node', [join(REPO_ROOT, 'bench/serve-build.mjs'), dir, String(port)]];
  const server = spawn(command, args, { stdio: 'inherit', cwd: REPO_ROOT });
  for (let tries = 0; tries < 100; tries += 1) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/bench/harness.html`);
      if (response.ok) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`${dir} is not served on ${port}`);
}

/**
 * A fresh browser context on a side's server (service worker blocked, the bench's window) whose
 * IndexedDB the harness page has filled with the generated board of `size` recommendations.
 */
export async function populatedContext(
  browser: Browser,
  port: number,
  size: number,
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1600, height: 900 },
    serviceWorkers: 'block',
  });
  try {
    const harness = await context.newPage();
    await openHarness(harness);
    await populate(harness, size);
    await harness.close();
    return context;
  } catch (error) {
    await context.close();
    throw error;
  }
}

export type Figures = Record<string, number>;

/**
 * Runs `measure` on both sides' builds, alternating A B B A … so the machine's drift falls on
 * both alike, and prints each run, then each figure's median per build and the median of the
 * paired differences (`[ab]` lines). AB_A, AB_B, AB_RUNS, AB_SIZE, AB_PORTS and AB_OUT are read
 * here (see each experiment's header).
 */
export async function interleaved(
  browser: Browser,
  measure: (browser: Browser, port: number, size: number) => Promise<Figures>,
): Promise<void> {
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
      for (const side of order) samples[side].push(await measure(browser, ports[side], size));
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
}

/**
 * One run in a fresh context filled with the board (populatedContext): a page loads the app and
 * reads the whole board, then `work` measures on it; the context is closed after.
 */
export async function onLoadedBoard(
  browser: Browser,
  port: number,
  size: number,
  work: (context: BrowserContext, page: Page) => Promise<Figures>,
): Promise<Figures> {
  const context = await populatedContext(browser, port, size);
  try {
    const page = await context.newPage();
    await measureColdLoad(page);
    await measureWholeBoard(page);
    return await work(context, page);
  } finally {
    await context.close();
  }
}
