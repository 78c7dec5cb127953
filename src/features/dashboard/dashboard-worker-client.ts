import type { Dashboard } from '../../domain/dashboard/dashboard';
import type { DashboardRequest, DashboardSource } from '../../domain/dashboard/dashboard-request';
import { callWorker } from '../../lib/worker-rpc';

let worker: Worker | null = null;
let sent: DashboardSource | null = null;
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
export function computeInWorker(
  source: DashboardSource,
  request: Omit<DashboardRequest, 'source' | 'sourceVersion'>,
): Promise<Dashboard> {
  const fresh = source !== sent;
  if (fresh) {
    sent = source;
    version += 1;
  }
  return callWorker<DashboardRequest, Dashboard>(dashboardWorker(), {
    ...request,
    sourceVersion: version,
    ...(fresh ? { source } : {}),
  });
}
