import { fileURLToPath } from 'node:url';

/** The repository root, wherever the command is run from. */
export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BENCH_DIST = fileURLToPath(new URL('../dist-bench', import.meta.url));
/** The production build (grouped as users get it): the initial-JavaScript figure reads it. */
export const APP_DIST = fileURLToPath(new URL('../dist-app', import.meta.url));
