import type { Dashboard } from '../../domain/dashboard/dashboard';
import { dashboardCardOf } from '../../domain/dashboard/dashboard-input';
import type {
  DashboardRequest,
  DashboardWorkerRequest,
} from '../../domain/dashboard/dashboard-request';
import { type PackedCardIds, unpackCardIds } from '../../domain/dashboard/packed-card-ids';
import { callWorker } from '../../lib/worker-rpc';
import type { DashboardBoard } from '../../queries/dashboard-queries';

let worker: Worker | null = null;
let sent: DashboardBoard | null = null;
/** The ids of `sent.cards`, in order: the worker's figures name cards by index into them. */
let sentIds: readonly string[] = [];
let version = 0;

/**
 * Starts the dashboard's worker ahead of the dashboard (app/lazy-features.ts): it opens its
 * connection to the database as it starts, and reads the board's journal once, so that the
 * copy of its digest is up to date when the dashboard opens (db/journal-digest-copies.ts).
 * Where there are no workers, nothing is started.
 */
export function startDashboardWorker(boardId: string): void {
  if (typeof Worker !== 'function') return;
  callWorker<DashboardWorkerRequest, null>(dashboardWorker(), { warm: boardId }).catch(
    // Only a warm-up: the dashboard reads the journal again when it opens, and reports a failure.
    () => {},
  );
}

/** The dashboard worker, started ahead once the board is read, or when the dashboard opens. */
function dashboardWorker(): Worker {
  worker ??= new Worker(new URL('../../workers/dashboard.worker.ts', import.meta.url), {
    type: 'module',
  });
  return worker;
}

/**
 * Starts the board's journal read in the worker as the dashboard opens, while the page reads
 * the board (the worker's read is most of an open at 10,000 cards).
 */
export function readJournalAhead(boardId: string): void {
  callWorker<DashboardWorkerRequest, null>(dashboardWorker(), { readAhead: boardId }).catch(
    // The figures' own request reads the journal again and reports a failure.
    () => {},
  );
}

/**
 * Every figure, computed in the worker. The board read travels once per read: a new filter,
 * date or period posts only those (the worker keeps the board it was last sent).
 */
export async function computeInWorker(
  source: DashboardBoard,
  request: Omit<DashboardRequest, 'source' | 'sourceVersion'>,
): Promise<Dashboard> {
  const fresh = source !== sent;
  if (fresh) {
    sent = source;
    sentIds = source.cards.map((card) => card.id);
    version += 1;
  }
  const ids = sentIds;
  const packed = await callWorker<DashboardWorkerRequest, PackedCardIds<Dashboard> | null>(
    dashboardWorker(),
    {
      ...request,
      sourceVersion: version,
      // Without the cards' words, which no figure reads: most of the copy's cost.
      ...(fresh ? { source: { ...source, cards: source.cards.map(dashboardCardOf) } } : {}),
    },
  );
  if (packed === null)
    throw new Error('The dashboard worker answered a request for figures with none');
  return unpackCardIds(packed, ids);
}
