/// <reference lib="webworker" />
import { computeDashboard, type Dashboard } from '../domain/dashboard/dashboard';
import {
  type DashboardRequest,
  type DashboardSource,
  requestPredicate,
} from '../domain/dashboard/dashboard-request';
import { serveRequests } from '../lib/worker-rpc';

/*
 * Aggregates the dashboard off the main thread: at 10,000 cards the figures take longer than
 * a frame (the history alone is a pass over the whole journal). The board is kept between
 * requests, so a change of filter or date posts only the filter.
 */
let kept: { version: number; source: DashboardSource } | null = null;

serveRequests<DashboardRequest, Dashboard>(self, (request) => {
  if (request.source !== undefined)
    kept = { version: request.sourceVersion, source: request.source };
  if (kept === null || kept.version !== request.sourceVersion) {
    throw new Error('The dashboard worker holds another version of the board');
  }
  const { source } = kept;
  return computeDashboard(
    { ...source, today: request.today },
    {
      include: requestPredicate(source, request),
      unit: request.unit,
      ...(request.since === undefined ? {} : { since: request.since }),
    },
  );
});
