import type { DigestCopy } from '../db/journal-digest-copies';
import type { CardHistory } from '../domain/dashboard/card-history';
import { historyCards } from '../domain/dashboard/counted-cards';
import { type CumulativeFlow, cumulativeFlowCards } from '../domain/dashboard/cumulative-flow';
import { computeDashboard, historyOfCards } from '../domain/dashboard/dashboard';
import type { DashboardCard, DashboardInput } from '../domain/dashboard/dashboard-input';
import {
  type DashboardRequest,
  type DashboardSource,
  type DashboardSourceUpdate,
  type DashboardWorkerRequest,
  type FlowCellRequest,
  requestPredicate,
  type WorkerDashboard,
} from '../domain/dashboard/dashboard-request';
import type { Figure } from '../domain/dashboard/figure';
import type { HistoryEntry } from '../domain/dashboard/history-entry';
import { type KeptCardHistory, keptCardHistory } from '../domain/dashboard/kept-card-history';
import { type PackedCardIds, packCardIds } from '../domain/dashboard/packed-card-ids';
import type { HistoryRead } from '../repositories/journal-history';

/** Reads a board's journal as the dashboard reads it (readHistory, journal-history.ts). */
export type ReadHistory = (boardId: string) => Promise<HistoryRead>;
/** Keeps the copy of a board's digest that a read made (keepHistoryCopy, journal-history.ts). */
export type KeepCopy = (copy: DigestCopy) => Promise<void>;

interface Kept {
  version: number;
  source: DashboardSource;
  /** Each card's place in `source.cards`: the figures' card ids travel as these. */
  indexOf: Map<string, number>;
  /** The board's journal, read here when the source arrives (the page never holds it). */
  journal: Promise<HistoryRead>;
  /** Whether the copy of the digest that read made has been handed to keepCopy. */
  copyKept?: boolean;
  /** Every card's history, made on the first request: a new filter only cuts it. */
  history?: CardHistory;
  /** The journal's first day (journalStart; none for an empty one), read on the first request. */
  firstDay?: { date: string | undefined };
  /** The flow last answered and the histories it was drawn from, for its cells' cards. */
  flow?: { token: number; history: CardHistory; flow: CumulativeFlow };
}

/**
 * The dashboard worker's answer to each request. The board is kept between requests, so a
 * change of filter or date posts only the filter; the journal is read here, off the page: at
 * 50,000 cards checking it and copying it to the worker froze the page for about 1.7 s. A
 * read ahead (null answer) starts the journal's read as the dashboard opens, while the page
 * reads the board; the board that arrives next takes it. Its figures may then miss a write
 * made in between, for as long as the board takes to be read again after that write.
 */
/** The worker's answer to each kind of request. */
export interface DashboardHandle {
  (request: DashboardRequest): Promise<PackedCardIds<WorkerDashboard>>;
  (request: { flowCell: FlowCellRequest }): Promise<PackedCardIds<Figure>>;
  (request: DashboardWorkerRequest): Promise<DashboardAnswer>;
}
type DashboardAnswer = PackedCardIds<WorkerDashboard> | PackedCardIds<Figure> | null;

export function dashboardHandler(readHistory: ReadHistory, keepCopy: KeepCopy): DashboardHandle {
  let kept: Kept | null = null;
  /** Names each answer's flow: a cell is asked of the flow on screen, not a later one. */
  let flowTokens = 0;
  let ahead: { boardId: string; journal: Promise<HistoryRead> } | null = null;
  /** Every card as the page last sent it: a new read sends only those that changed. */
  let cardsById = new Map<string, DashboardCard>();
  /** Every card's history as last made, ahead or for a board: the next is made from it. */
  let histories: KeptCardHistory | null = null;
  /** How many times `histories` has been made: a late ahead request leaves a newer one be. */
  let historiesMade = 0;

  function makeHistories(journal: readonly HistoryEntry[], cards: readonly DashboardCard[]) {
    histories = keptCardHistory(journal, cards, histories);
    historiesMade += 1;
    return histories;
  }

  /** The read's cards, in its order: those sent now laid over those held. */
  function cardsOf(update: DashboardSourceUpdate): DashboardCard[] {
    for (const card of update.changedCards) cardsById.set(card.id, card);
    const cards = update.cardIds.map((id) => {
      const card = cardsById.get(id);
      if (card === undefined) throw new Error(`The dashboard worker was never sent card ${id}`);
      return card;
    });
    // Only this read's cards are kept: a card gone from the board is not held for ever.
    cardsById = new Map(cards.map((card) => [card.id, card]));
    return cards;
  }

  const handle = async (request: DashboardWorkerRequest): Promise<DashboardAnswer> => {
    if ('cards' in request) {
      for (const card of request.cards) cardsById.set(card.id, card);
      return null;
    }
    if ('flowCell' in request) {
      const { flowToken, periodIndex, columnId } = request.flowCell;
      const drawn = kept?.flow;
      if (!kept || drawn?.token !== flowToken) {
        throw new Error('The dashboard has new figures since: open the number again');
      }
      const cards = cumulativeFlowCards(drawn.history, drawn.flow, periodIndex, columnId);
      return packCardIds(cards, kept.indexOf);
    }
    if ('warm' in request) {
      // Read for the copy of the digest it may make, which is kept; the entries are dropped.
      const { copy } = await readHistory(request.warm);
      if (copy !== null) await keepCopy(copy);
      return null;
    }
    if ('historyAhead' in request) {
      // Every card sent ahead and the journal as it is now: the dashboard's opening then makes
      // again only the histories of cards changed or named in the journal since.
      const boardId = request.historyAhead;
      const madeBefore = historiesMade;
      const { entries, copy } = await readHistory(boardId);
      // The dashboard opened during the read and made them itself, from its own read: making
      // them again from this one would cost as much again and keep an older journal.
      if (historiesMade === madeBefore) {
        // Cards sent ahead for a board left since are neither made nor held.
        cardsById = new Map([...cardsById].filter(([, card]) => card.boardId === boardId));
        makeHistories(entries, [...cardsById.values()]);
      }
      if (copy !== null) await keepCopy(copy);
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
      const { cardIds: _ids, changedCards: _changed, ...rest } = request.source;
      const cards = cardsOf(request.source);
      const readAlready = ahead?.boardId === request.boardId ? ahead.journal : null;
      ahead = null;
      kept = {
        version: request.sourceVersion,
        source: { ...rest, cards },
        indexOf: new Map(cards.map((card, index) => [card.id, index])),
        journal: readAlready ?? readHistory(request.boardId),
      };
    }
    const held = kept;
    if (held === null || held.version !== request.sourceVersion) {
      throw new Error('The dashboard worker holds another version of the board');
    }
    const read = await held.journal;
    const input: DashboardInput = { ...held.source, journal: read.entries, today: request.today };
    const include = requestPredicate(held.source, request);
    if (held.history === undefined || held.firstDay === undefined) {
      const made = makeHistories(read.entries, held.source.cards);
      held.history = made.history;
      held.firstDay = { date: made.firstDay };
    }
    // The cards the filter lets through, each asked once; the figures count those.
    const passing = historyCards(input.cards, include);
    const included = include === undefined ? held.history : historyOfCards(held.history, passing);
    const dashboard = computeDashboard(
      { ...input, cards: passing },
      {
        unit: request.unit,
        ...(request.since === undefined ? {} : { since: request.since }),
        ...(held.firstDay.date === undefined ? {} : { journalStart: held.firstDay.date }),
      },
      included,
    );
    flowTokens += 1;
    held.flow = { token: flowTokens, history: included, flow: dashboard.flow };
    const { copy } = read;
    if (copy !== null && !held.copyKept) {
      held.copyKept = true;
      // In a task of its own, after this answer is posted: writing the copy clones the whole
      // journal, which the figures need not wait for. A copy not kept is made next time.
      setTimeout(() => keepCopy(copy).catch(() => {}), 0);
    }
    return packCardIds<WorkerDashboard>({ ...dashboard, flowToken: flowTokens }, held.indexOf);
  };
  // Each kind of request has its own answer (DashboardHandle); the one function answers all.
  return handle as DashboardHandle;
}
