import type { Dashboard } from '../../domain/dashboard/dashboard';
import { dashboardCardOf } from '../../domain/dashboard/dashboard-input';
import type { DashboardRequest } from '../../domain/dashboard/dashboard-request';
import { type PackedCardIds, unpackCardIds } from '../../domain/dashboard/packed-card-ids';
import { callWorker } from '../../lib/worker-rpc';
import type { DashboardBoard } from '../../queries/dashboard-queries';

let worker: Worker | null = null;
let sent: DashboardBoard | null = null;
/** The ids of `sent.cards`, in order: the worker's figures name cards by index into them. */
let sentIds: readonly string[] = [];
let version = 0;

/** The dashboard worker, started when the dashboard first opens: the board never loads it. */
function dashboardWorker(): Worker {
  worker ??= new Worker(new URL('../../workers/dashboard.worker.ts', import.meta.url), {
    type: 'module',
  });
  return worker;
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
  const packed = await callWorker<DashboardRequest, PackedCardIds<Dashboard>>(dashboardWorker(), {
    ...request,
    sourceVersion: version,
    // Without the cards' words, which no figure reads: most of the copy's cost.
    ...(fresh ? { source: { ...source, cards: source.cards.map(dashboardCardOf) } } : {}),
  });
  return unpackCardIds(packed, ids);
}
