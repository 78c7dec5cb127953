import { defineConfig, devices } from '@playwright/test';

// E2E_PORT lets two checkouts (or a benchmark) run side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
// The bench build (app + benchmark harness page) that e2e/bench-smoke.spec.ts drives.
const BENCH_PORT = Number(process.env.E2E_BENCH_PORT ?? 4174);

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  // Two cores here: one worker keeps timings honest and the browser responsive. Two workers
  // were tried (2026-11-30): no faster here, and a keyboard drag missed its timing.
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // No trace: recording one for every test (kept only if it failed) was about a third of the
    // end-to-end time here (board-moves + undo specs: 74-78 s with it, 51-55 s without, 61-66
    // with it but no screenshots), and CI keeps no files. To see a failure,
    // run its spec again with `--trace retain-on-failure`.
    trace: 'off',
    ...devices['Desktop Chrome'],
    // No service worker: on each test's fresh context it would precache every chunk (16 MB,
    // PDF reader and fonts included) beside the test, a fifth of the suite's time. The specs
    // that test working offline allow it again (offline.spec.ts, the offline merge).
    serviceWorkers: 'block',
    viewport: { width: 1600, height: 900 },
    launchOptions: {
      // Playwright cannot download browsers on these machines; Debian's chromium is used.
      // CHROMIUM_PATH runs another build (the bench too), to compare browsers on one machine.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: [
    {
      command: `npm run -s build && node_modules/.bin/vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    {
      command: `node_modules/.bin/vite build --mode bench --outDir dist-bench && node bench/serve-build.mjs dist-bench ${BENCH_PORT}`,
      url: `http://127.0.0.1:${BENCH_PORT}/bench/harness.html`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
});
