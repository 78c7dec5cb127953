import { defineConfig, devices } from '@playwright/test';
import e2e from '../../playwright.config';

/**
 * Experiments that produced figures in docs/performance-notes.md (each file's header says what
 * it measures and how to run it). Not part of `npm test` or `npm run bench`; each starts the
 * servers it needs itself.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.experiment.ts',
  fullyParallel: false,
  // Two cores: one worker, or the experiment measures itself.
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  timeout: 3 * 60 * 60_000,
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1600, height: 900 },
    launchOptions: e2e.use?.launchOptions,
  },
});
