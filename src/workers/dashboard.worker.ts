/// <reference lib="webworker" />
import type { CardHistory } from '../domain/dashboard/card-history';
import {
  computeDashboard,
  type Dashboard,
  dashboardHistory,
  historyOfIncluded,
} from '../domain/dashboard/dashboard';
import {
  type DashboardRequest,
  type DashboardSource,
  requestPredicate,
} from '../domain/dashboard/dashboard-request';
import { type PackedCardIds, packCardIds } from '../domain/dashboard/packed-card-ids';
import { serveRequests } from '../lib/worker-rpc';

/*
 * Aggregates the dashboard off the main thread: at 10,000 cards the figures take longer than
 * a frame (the history alone is a pass over the whole journal). The board is kept between
 * requests, so a change of filter or date posts only the filter.
 */
let kept: {
  version: number;
  source: DashboardSource;
  /** Each card's place in `source.cards`: the figures' card ids travel as these. */
  indexOf: Map<string, number>;
  /** Every card's history, made on the first request: a new filter only cuts it. */
  history?: CardHistory;
} | null = null;

serveRequests<DashboardRequest, PackedCardIds<Dashboard>>(self, (request) => {
  if (request.source !== undefined) {
    const { cards } = request.source;
    const indexOf = new Map(cards.map((card, index) => [card.id, index]));
    kept = { version: request.sourceVersion, source: request.source, indexOf };
  }
  if (kept === null || kept.version !== request.sourceVersion) {
    throw new Error('The dashboard worker holds another version of the board');
  }
  const { source, indexOf } = kept;
  const input = { ...source, today: request.today };
  const include = requestPredicate(source, request);
  kept.history ??= dashboardHistory(input);
  const dashboard = computeDashboard(
    input,
    {
      include,
      unit: request.unit,
      ...(request.since === undefined ? {} : { since: request.since }),
    },
    historyOfIncluded(kept.history, input, include),
  );
  return packCardIds(dashboard, indexOf);
});
