/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** Tests of code that needs no DOM: domain, lib, db, repositories, workers. */
const LOGIC_TESTS = 'src/{domain,lib,db,repositories,workers}/**/*.test.ts';
/** Tests of what a page load sets up once (module-level singletons): each file gets fresh modules. */
const PAGE_LOAD_TESTS = 'src/app/{board-opening,use-open-board}.test.ts';

/**
 * Everything the first screen imports goes in one chunk: the modules it shares with lazy pages
 * were split into a dozen small files, each compressed on its own (about 4 kB more in all).
 */
const chunking = {
  codeSplitting: {
    groups: [
      {
        name: 'first-screen',
        tags: ['$initial' as const],
        // Entry modules stay in their entry's chunk: moved into a group, an entry's own code
        // (the bench harness's, with two entries) never ran.
        test: (id: string) => !/\/src\/main\.tsx$|\/bench\//.test(id),
      },
    ],
  },
};

/**
 * `vite build --mode bench` adds the benchmark harness page (bench/harness.html) beside the app
 * and writes to dist-bench; every other build is the production app alone.
 */
const benchBuild = {
  outDir: 'dist-bench',
  rolldownOptions: {
    input: {
      main: fileURLToPath(new URL('./index.html', import.meta.url)),
      bench: fileURLToPath(new URL('./bench/harness.html', import.meta.url)),
    },
  },
};

/**
 * dnd-kit 6.3.1 merges the droppables to re-measure with `value.includes` inside a filter:
 * quadratic in the ids queued. A drag that changes a column's items queues every card of the
 * column, so at 10,000 cards one merge of 1,158 with 3,350 ids was most of a 90 ms task. The
 * same merge with a Set gives the same array. The build fails if dnd-kit's code changes, so an
 * upgrade cannot silently drop (or misapply) the fix; upstream has no release with one.
 */
function dndKitLinearMeasuringQueue(): Plugin {
  const quadratic = 'return value.concat(ids.filter(id => !value.includes(id)));';
  const linear =
    'const queued = new Set(value); return value.concat(ids.filter(id => !queued.has(id)));';
  return {
    name: 'recboard:dnd-kit-linear-measuring-queue',
    transform(code, id) {
      if (!id.includes('/@dnd-kit/core/dist/core.esm.js')) return null;
      if (!code.includes(quadratic)) this.error('@dnd-kit/core changed: review this patch');
      return { code: code.replace(quadratic, linear), map: null };
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    dndKitLinearMeasuringQueue(),
    VitePWA({
      // 'prompt': a new version waits until the person chooses to reload (never mid-edit).
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'Recboard',
        short_name: 'Recboard',
        description:
          'Track workshop recommendations on migration from meeting to implementation, offline.',
        lang: 'en',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        background_color: '#f3f5f8',
        theme_color: '#1d4e89',
        icons: [
          { src: 'pwa-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'pwa-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // woff2: the Bengali font, so Bangla renders offline too (fetched at install, not at load).
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,woff2}'],
        navigateFallback: 'index.html',
        // The first visit must be controlled too, or a reload with no network fails
        // (shared/toolchain.md, trap 9). Updates still wait: skipWaiting stays off until the
        // person accepts the update prompt.
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  // Module workers, so a worker's dynamic imports stay chunks of their own: the report worker
  // loads PDF.js or mammoth only for a file that needs it (classic workers would inline both).
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  // The budget is 200 KB gzipped, measured by npm run bench; Vite's warning counts raw bytes.
  build: {
    target: 'es2022',
    // Not in the bench build: its harness entry shares the first screen's modules, and grouped
    // they would land in the app entry's chunk, whose code starts the app.
    ...(mode === 'bench' ? {} : { rolldownOptions: { output: chunking } }),
    sourcemap: true,
    chunkSizeWarningLimit: 700,
    ...(mode === 'bench' ? benchBuild : {}),
  },
  test: {
    restoreMocks: true,
    // Worker threads, at least two: on this 2-core machine Vitest's default (forks, one worker
    // per core but one) ran the unit tests in 196 s; threads and two workers, in 124 s.
    pool: 'threads',
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Processed for real so icon.test.tsx can read its rules; other CSS stays stubbed (faster).
    css: { include: [/ui\/icon\.module\.css/] },
    // Files share their worker's modules, globals and jsdom (no isolation): building a jsdom
    // and importing React afresh per file was most of the unit tests' time (150 s → about
    // 40 s here). Tests never share rows (each makes its own database, testing/test-database.ts),
    // and each file's setup resets what a page keeps (storage, language); what a page load
    // sets up once is tested in files that keep their own modules (PAGE_LOAD_TESTS).
    projects: [
      {
        extends: true,
        // Building a jsdom per file was most of the suite's time: code without a DOM skips it.
        test: {
          name: 'logic',
          environment: 'node',
          isolate: false,
          include: [LOGIC_TESTS],
          setupFiles: ['src/testing/setup-logic-tests.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          isolate: false,
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: [LOGIC_TESTS, PAGE_LOAD_TESTS],
          setupFiles: ['src/testing/setup-tests.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'page-load',
          environment: 'jsdom',
          include: [PAGE_LOAD_TESTS],
          setupFiles: ['src/testing/setup-tests.ts'],
        },
      },
    ],
  },
}));
