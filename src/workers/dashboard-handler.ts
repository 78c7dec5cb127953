import type { CardHistory } from '../domain/dashboard/card-history';
import {
  computeDashboard,
  type Dashboard,
  dashboardHistory,
  historyOfIncluded,
} from '../domain/dashboard/dashboard';
import type { DashboardInput } from '../domain/dashboard/dashboard-input';
import {
  type DashboardSource,
  type DashboardWorkerRequest,
  requestPredicate,
} from '../domain/dashboard/dashboard-request';
import type { HistoryEntry } from '../domain/dashboard/history-entry';
import { type PackedCardIds, packCardIds } from '../domain/dashboard/packed-card-ids';

/** Reads a board's journal as the dashboard reads it (journal.readHistory). */
export type ReadHistory = (boardId: string) => Promise<HistoryEntry[]>;

interface Kept {
  version: number;
  source: DashboardSource;
  /** Each card's place in `source.cards`: the figures' card ids travel as these. */
  indexOf: Map<string, number>;
  /** The board's journal, read here when the source arrives (the page never holds it). */
  journal: Promise<HistoryEntry[]>;
  /** Every card's history, made on the first request: a new filter only cuts it. */
  history?: CardHistory;
}

/**
 * The dashboard worker's answer to each request. The board is kept between requests, so a
 * change of filter or date posts only the filter; the journal is read here, off the page: at
 * 50,000 cards checking it and copying it to the worker froze the page for about 1.7 s. A
 * read ahead (null answer) starts the journal's read as the dashboard opens, while the page
 * reads the board; the board that arrives next takes it. Its figures may then miss a write
 * made in between, for as long as the board takes to be read again after that write.
 */
export function dashboardHandler(
  readHistory: ReadHistory,
): (request: DashboardWorkerRequest) => Promise<PackedCardIds<Dashboard> | null> {
  let kept: Kept | null = null;
  let ahead: { boardId: string; journal: Promise<HistoryEntry[]> } | null = null;
  return async (request) => {
    if ('warm' in request) {
      // Read and dropped: what is kept is the copy of the digest the read may make.
      await readHistory(request.warm);
      return null;
    }
    if ('readAhead' in request) {
      const journal = readHistory(request.readAhead);
      // The board that takes it awaits it and reports a failure; if none does, a failure must
      // not be an unhandled rejection.
      journal.catch(() => {});
      ahead = { boardId: request.readAhead, journal };
      return null;
    }
    if (request.source !== undefined) {
      const { cards } = request.source;
      const readAlready = ahead?.boardId === request.boardId ? ahead.journal : null;
      ahead = null;
      kept = {
        version: request.sourceVersion,
        source: request.source,
        indexOf: new Map(cards.map((card, index) => [card.id, index])),
        journal: readAlready ?? readHistory(request.boardId),
      };
    }
    const held = kept;
    if (held === null || held.version !== request.sourceVersion) {
      throw new Error('The dashboard worker holds another version of the board');
    }
    const input: DashboardInput = {
      ...held.source,
      journal: await held.journal,
      today: request.today,
    };
    const include = requestPredicate(held.source, request);
    held.history ??= dashboardHistory(input);
    const dashboard = computeDashboard(
      input,
      {
        include,
        unit: request.unit,
        ...(request.since === undefined ? {} : { since: request.since }),
      },
      historyOfIncluded(held.history, input, include),
    );
    return packCardIds(dashboard, held.indexOf);
  };
}
