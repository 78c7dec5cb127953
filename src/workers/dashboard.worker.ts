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
let repositories: Promise<Repositories> | null = null;

serveRequests(
  self,
  dashboardHandler(async (boardId) => {
    // A failed open is tried again on the next read, not remembered.
    repositories ??= openRepositories().catch((error: unknown) => {
      repositories = null;
      throw error;
    });
    return (await repositories).journal.listHistory(boardId);
  }),
);
