import { dashboardCardOf } from '../../domain/dashboard/dashboard-input';
import type {
  DashboardRequest,
  DashboardSourceUpdate,
  DashboardWorkerRequest,
  FlowCellRequest,
  WorkerDashboard,
} from '../../domain/dashboard/dashboard-request';
import type { Figure } from '../../domain/dashboard/figure';
import { type PackedCardIds, unpackCardIds } from '../../domain/dashboard/packed-card-ids';
import type { Recommendation } from '../../domain/recommendation';
import { callWorker } from '../../lib/worker-rpc';
import type { DashboardBoard } from '../../queries/dashboard-queries';
import { sameCard } from '../../queries/share-board-data';

let worker: Worker | null = null;
let sent: DashboardBoard | null = null;
/** Each card as the worker was last sent it, by id: a card the board still shares is not sent again. */
let sentCards = new Map<string, Recommendation>();
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
 * date or period posts only those (the worker keeps the board it was last sent). A new read
 * sends only the cards the worker was not sent as they are (a card object the board shares
 * with the last read has not changed): opening the dashboard after a few moves sends those.
 */
export async function computeInWorker(
  source: DashboardBoard,
  request: Omit<DashboardRequest, 'source' | 'sourceVersion'>,
): Promise<WorkerDashboard> {
  const fresh = source !== sent;
  let update: DashboardSourceUpdate | undefined;
  if (fresh) {
    sent = source;
    sentIds = source.cards.map((card) => card.id);
    version += 1;
    const { cards, ...rest } = source;
    const changedCards = cards.filter((card) => !sentAsIs(card));
    sentCards = new Map(cards.map((card) => [card.id, card]));
    update = { ...rest, cardIds: sentIds, changedCards: changedCards.map(dashboardCardOf) };
  }
  const ids = sentIds;
  const asked = version;
  const packed = await callWorker<DashboardWorkerRequest, PackedCardIds<WorkerDashboard> | null>(
    dashboardWorker(),
    { ...request, sourceVersion: asked, ...(update ? { source: update } : {}) },
  ).catch((error: unknown) => {
    // What the worker holds is not known now: the next read sends every card (unless a
    // newer read has been sent since, which the worker took or refused on its own).
    if (asked === version) {
      sent = null;
      sentCards = new Map();
    }
    throw error;
  });
  if (packed === null)
    throw new Error('The dashboard worker answered a request for figures with none');
  return unpackCardIds(packed, ids);
}

/**
 * The cards behind one number of the flow table, read by the worker from the histories it drew
 * that flow from (the figures hold counts only). Refused once newer figures have been asked for.
 */
export async function flowCellCards(cell: FlowCellRequest): Promise<readonly string[]> {
  const ids = sentIds;
  const packed = await callWorker<DashboardWorkerRequest, PackedCardIds<Figure>>(
    dashboardWorker(),
    {
      flowCell: cell,
    },
  );
  return unpackCardIds(packed, ids).cardIds;
}

/**
 * Whether the worker holds this card as it is: the same object (the board's patches share
 * every card they do not change), or one of the same version (archived cards are read afresh
 * with each read of the board; the board's own sharing compares cards the same way).
 */
function sentAsIs(card: Recommendation): boolean {
  const held = sentCards.get(card.id);
  return held !== undefined && (held === card || sameCard(held, card));
}

/** Cards sent ahead at a time: about 6 ms of copying here. */
const PRIME_CHUNK = 250;

/**
 * Sends the board's cards to the worker ahead of the dashboard, a few hundred whenever the
 * page is idle, so that opening it sends only those changed since (computeInWorker). At
 * 10,000 cards the copy was about 230 ms of the page's work in opening the dashboard, at
 * 50,000 over a second. Once all are sent, the worker makes their histories (150–200 ms at
 * 50,000, off the page), which the dashboard's opening then reuses. Stops once the dashboard
 * has asked for figures (it sent what was left), or at a failure. Browsers without idle
 * callbacks (Safari) send them as it opens.
 */
export function primeDashboardCards(boardId: string, cards: readonly Recommendation[]): void {
  if (typeof Worker !== 'function' || typeof requestIdleCallback !== 'function') return;
  let start = 0;
  let failed = false;
  // Small chunks while the idle moment lasts: a key press or a drag never waits long behind.
  const step = (deadline: IdleDeadline) => {
    while (start < cards.length && sent === null && !failed && deadline.timeRemaining() > 8) {
      const chunk = cards.slice(start, start + PRIME_CHUNK).filter((card) => !sentAsIs(card));
      start += PRIME_CHUNK;
      if (chunk.length === 0) continue;
      callWorker<DashboardWorkerRequest, null>(dashboardWorker(), {
        cards: chunk.map(dashboardCardOf),
      }).catch(() => {
        // The worker may not hold them: the dashboard sends every card when it opens.
        failed = true;
        sentCards = new Map();
      });
      for (const card of chunk) sentCards.set(card.id, card);
    }
    if (sent !== null || failed) return;
    if (start < cards.length) requestIdleCallback(step);
    else makeHistoriesAhead(boardId);
  };
  requestIdleCallback(step);
}

/** Asks the worker to make the histories of the cards sent ahead (primeDashboardCards). */
function makeHistoriesAhead(boardId: string): void {
  callWorker<DashboardWorkerRequest, null>(dashboardWorker(), { historyAhead: boardId }).catch(
    // Only ahead: the dashboard's opening makes every history it needs and reports a failure.
    () => {},
  );
}
