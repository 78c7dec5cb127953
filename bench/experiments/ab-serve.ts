/*
 * What the interleaved A/B experiments share: their settings from the environment, and a
 * server for each side's build (its own port, so its own origin and its own IndexedDB).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Browser, BrowserContext } from '@playwright/test';
import { openHarness, populate } from '../measures';
import { REPO_ROOT } from '../paths';

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
