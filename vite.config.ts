/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

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

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
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
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
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
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  // The budget is 200 KB gzipped, measured by npm run bench; Vite's warning counts raw bytes.
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 700,
    ...(mode === 'bench' ? benchBuild : {}),
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/testing/setup-tests.ts'],
    restoreMocks: true,
    // Processed for real so icon.test.tsx can read its rules; other CSS stays stubbed (faster).
    css: { include: [/ui\/icon\.module\.css/] },
  },
}));
