/// <reference lib="webworker" />

import type { RecboardDatabase } from '../db/database';
import { serveRequests } from '../lib/worker-rpc';
import { heldHistoryReader, keepHistoryCopy } from '../repositories/journal-history';
import { openDatabase } from '../repositories/open-repositories';
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
let database: Promise<RecboardDatabase> | null = open();

function open(): Promise<RecboardDatabase> {
  const opening = openDatabase().catch((error: unknown) => {
    database = null;
    throw error;
  });
  // Reported by the read that awaits it; opened ahead, nobody may.
  opening.catch(() => {});
  return opening;
}

/** The database, opened again if the last open failed. */
async function opened(): Promise<RecboardDatabase> {
  database ??= open();
  return database;
}

// Each read starts from the last: opening the dashboard reads what was written since.
const history = heldHistoryReader(opened);

serveRequests(
  self,
  dashboardHandler(
    (boardId) => history.read(boardId),
    async (copy) => {
      await keepHistoryCopy(await opened(), copy);
      history.kept(copy);
    },
  ),
);
