/// <reference lib="webworker" />
import { serveRequests } from '../lib/worker-rpc';
import { openRepositories } from '../repositories/open-repositories';
import type { Repositories } from '../repositories/repositories';
import { dashboardHandler } from './dashboard-handler';

/*
 * Aggregates the dashboard off the main thread: at 10,000 cards the figures take longer than
 * a frame, and the journal they read is 10,000 entries (decision 015: this worker opens its own
 * connection to read it).
 */
/**
 * Opened as the worker starts: it is started ahead (app/lazy-features.ts), so that the
 * connection is ready when the dashboard opens. A failed open is tried again on the next read.
 */
let repositories: Promise<Repositories> | null = open();

function open(): Promise<Repositories> {
  const opening = openRepositories().catch((error: unknown) => {
    repositories = null;
    throw error;
  });
  // Reported by the read that awaits it; opened ahead, nobody may.
  opening.catch(() => {});
  return opening;
}

serveRequests(
  self,
  dashboardHandler(async (boardId) => {
    repositories ??= open();
    const { journal } = await repositories;
    const read = await journal.readHistory(boardId);
    const { copy } = read;
    // Kept once the figures are answered: the copy's write costs the worker a copy of the
    // whole journal, which the figures need not wait for. A copy not kept is made next time.
    if (copy !== null) setTimeout(() => journal.keepHistoryCopy(copy).catch(() => {}), 0);
    return read.entries;
  }),
);
