import { type ActorBreakdown, actorFigures } from './actor-figures';
import { utcInstant } from './calendar';
import { type CardHistory, cardHistory } from './card-history';
import type { CardState } from './card-state';
import { columnLookup } from './column-lookup';
import { type ColumnStageMatrix, columnStageMatrix } from './column-stage-matrix';
import { closedCards, countedCards, historyCards } from './counted-cards';
import { type CumulativeFlow, cumulativeFlow } from './cumulative-flow';
import type { CardPredicate, DashboardCard, DashboardInput } from './dashboard-input';
import { type Figure, figureOf } from './figure';
import { type FrameworkCoverage, frameworkCoverage } from './framework-coverage';
import { implementedPerQuarter, type QuarterFigure } from './implemented-per-quarter';
import { type AgeBucket, openAge } from './open-age';
import type { PeriodUnit } from './periods';
import { type ResponseFigures, responseFigures } from './response-figures';
import { type SinceChanges, sinceChanges } from './since-changes';
import { type SinceSummary, sinceSummary } from './since-summary';
import { type WorkshopFigures, workshopFigures } from './workshop-figures';

export interface DashboardOptions {
  /** The current filter or saved view; every card passes without one. */
  include?: CardPredicate;
  /** How the cumulative flow is cut; months by default. */
  unit?: PeriodUnit;
  /** The last meeting's date (YYYY-MM-DD), for "since"; none: no since section. */
  since?: string;
  /**
   * The journal's first day (journalStart(input.journal)), where the history's periods start
   * at the latest. Read from the journal when not given; the worker, which holds one journal
   * for many filters, reads it once.
   */
  journalStart?: string;
}

/** Every figure of the dashboard: plain data (no functions), so a worker can post it. */
export interface Dashboard {
  today: string;
  /** The cards on the board the filter lets through: what the present figures count. */
  counted: Figure;
  /** Archived cards the filter lets through: closed, so counted in no present figure. */
  closed: Figure;
  byColumnAndStage: ColumnStageMatrix;
  byActor: ActorBreakdown;
  byWorkshop: WorkshopFigures[];
  byResponse: ResponseFigures;
  coverage: FrameworkCoverage;
  flow: CumulativeFlow;
  implementedPerQuarter: QuarterFigure[];
  openAge: Record<AgeBucket, Figure>;
  since: { changes: SinceChanges; summary: SinceSummary } | null;
}

/**
 * Each card's column over time, for the cards the filter lets through (archived and deleted
 * ones too). Keep it beside the dashboard to open a cell of the flow (cumulativeFlowCards)
 * without rebuilding it.
 */
export function dashboardHistory(input: DashboardInput, include?: CardPredicate): CardHistory {
  return cardHistory(input.journal, historyCards(input.cards, include));
}

/**
 * The history of `cards` alone, cut from the history of every card (`whole`,
 * dashboardHistory(input)): a card's history depends on that card and the journal only, so a
 * new filter needs no new pass over the journal.
 */
export function historyOfCards(
  whole: CardHistory,
  cards: readonly Pick<DashboardCard, 'id'>[],
): CardHistory {
  const history = new Map<string, readonly CardState[]>();
  for (const card of cards) {
    const states = whole.get(card.id);
    if (states !== undefined) history.set(card.id, states);
  }
  return history;
}

export function computeDashboard(
  input: DashboardInput,
  options: DashboardOptions = {},
  history: CardHistory = dashboardHistory(input, options.include),
): Dashboard {
  const { today } = input;
  const columns = columnLookup(input.columns);
  // The filter asked once per card (at 10,000 cards, three times was a tenth of a filter change).
  const passing = historyCards(input.cards, options.include);
  const cards = countedCards(passing);
  const closed = closedCards(passing);
  const from = options.journalStart ?? journalStart(input.journal);
  const changes =
    options.since === undefined
      ? null
      : sinceChanges(cards, history, input.journal, columns, options.since, today);
  return {
    today,
    counted: figureOf(cards.map((card) => card.id)),
    closed: figureOf(closed.map((card) => card.id)),
    byColumnAndStage: columnStageMatrix(cards, columns),
    byActor: actorFigures(cards, columns, today),
    byWorkshop: workshopFigures(cards, input.workshops, columns, input.actionItemCounts, today),
    byResponse: responseFigures(cards),
    coverage: frameworkCoverage(cards),
    flow: cumulativeFlow(history, columns, { today, unit: options.unit ?? 'month', from }),
    implementedPerQuarter: implementedPerQuarter(history, columns, today, from),
    openAge: openAge(cards, columns, today),
    since:
      changes === null ? null : { changes, summary: sinceSummary(changes, cards, columns.order) },
  };
}

/** The UTC date of the journal's first entry: where the history's periods start at the latest. */
export function journalStart(journal: DashboardInput['journal']): string | undefined {
  let first: string | undefined;
  for (const entry of journal) {
    const at = utcInstant(entry.at);
    if (first === undefined || at < first) first = at;
  }
  return first?.slice(0, 10);
}
