import { defineConfig } from '@playwright/test';
import bench from '../playwright.bench.config';

/**
 * Experiments that produced figures in docs/performance-notes.md (each file's header says what
 * it measures and how to run it): the benchmark's settings (one worker, the same Chromium and
 * window), but no web server. Each experiment starts the servers it needs itself.
 */
export default defineConfig({
  ...bench,
  testDir: '.',
  testMatch: '*.experiment.ts',
  webServer: undefined,
  use: { ...bench.use, baseURL: undefined },
});
