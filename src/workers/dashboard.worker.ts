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

/** The repositories, opened again if the last open failed. */
async function opened(): Promise<Repositories> {
  repositories ??= open();
  return repositories;
}

serveRequests(
  self,
  dashboardHandler(
    async (boardId) => (await opened()).journal.readHistory(boardId),
    async (copy) => (await opened()).journal.keepHistoryCopy(copy),
  ),
);
