import { defineConfig, devices } from '@playwright/test';
import e2e from '../playwright.config';
import { benchConfig } from './bench-config';

// BENCH_PORT lets a benchmark run beside another checkout's; never reuse a server, so the
// figures always come from a build of this tree.
const PORT = benchConfig().port;

/** `npm run bench`: the board benchmark (bench/board.bench.ts). Not part of `npm test`. */
export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  fullyParallel: false,
  // Two cores: one worker, or the benchmark measures itself.
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  // A full run (the sizes and runs of bench/bench-config.ts) takes many minutes.
  timeout: 3 * 60 * 60_000,
  expect: { timeout: 180_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices['Desktop Chrome'],
    viewport: { width: 1600, height: 900 },
    // The same Chromium and flags as the e2e suite.
    launchOptions: e2e.use?.launchOptions,
  },
  webServer: {
    command: `node_modules/.bin/vite build --outDir dist-app && node_modules/.bin/vite build --mode bench --outDir dist-bench && node bench/serve-build.mjs dist-bench ${PORT}`,
    cwd: '..',
    url: `http://127.0.0.1:${PORT}/bench/harness.html`,
    reuseExistingServer: false,
    timeout: 300_000,
  },
});
