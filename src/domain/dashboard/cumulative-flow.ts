import type { CardHistory } from './card-history';
import { type CardState, isOnBoardPlace } from './card-state';
import type { ColumnLookup } from './column-lookup';
import { type Figure, figureOf } from './figure';
import { type Period, type PeriodScale, type PeriodUnit, periodScale } from './periods';

/**
 * How many cards were in each column at the end of each period, from the first thing the
 * history knows to today. Counts only: the cards behind a count are read on demand
 * (cumulativeFlowCards), as holding every period's ids would cost a list of every card per
 * period.
 */
export interface CumulativeFlow {
  unit: PeriodUnit;
  /** The board's columns in order, then columns the history names that are gone. */
  columnIds: string[];
  /** counts[i] follows columnIds; the last period ends today and holds the present. */
  periods: (Period & { counts: number[] })[];
}

export interface FlowOptions {
  today: string;
  unit: PeriodUnit;
  /** Where the periods start when earlier than any card's first state (the first journal entry). */
  from?: string;
}

export function cumulativeFlow(
  history: CardHistory,
  columns: ColumnLookup,
  options: FlowOptions,
): CumulativeFlow {
  const scale = periodScale(firstDate(history, options), options.today, options.unit);
  const columnIds = [...columns.order];
  const columnIndex = new Map(columnIds.map((id, index) => [id, index]));
  const size = scale.periods.length + 1;
  // Per column, +1 where a card's stay starts and −1 where it ends; summed over the periods.
  const steps: Int32Array[] = columnIds.map(() => new Int32Array(size));
  const stepsOf = (columnId: string) => {
    let index = columnIndex.get(columnId);
    if (index === undefined) {
      index = columnIds.length;
      columnIndex.set(columnId, index);
      columnIds.push(columnId);
      steps.push(new Int32Array(size));
    }
    return steps[index];
  };

  for (const states of history.values()) {
    eachStay(states, scale, (state, from, to) => {
      if (state.columnId === null || !isOnBoardPlace(state)) return;
      const columnSteps = stepsOf(state.columnId);
      if (columnSteps === undefined) return;
      columnSteps[from] = (columnSteps[from] ?? 0) + 1;
      columnSteps[to] = (columnSteps[to] ?? 0) - 1;
    });
  }

  const running = columnIds.map(() => 0);
  const periods = scale.periods.map((period, index) => {
    for (const [column, columnSteps] of steps.entries()) {
      running[column] = (running[column] ?? 0) + (columnSteps[index] ?? 0);
    }
    return { ...period, counts: [...running] };
  });
  return { unit: options.unit, columnIds, periods };
}

/** The cards counted in one cell of the flow: in that column at the end of that period. */
export function cumulativeFlowCards(
  history: CardHistory,
  flow: CumulativeFlow,
  periodIndex: number,
  columnId: string,
): Figure {
  const first = flow.periods[0];
  const last = flow.periods.at(-1);
  if (first === undefined || last === undefined) return figureOf([]);
  const scale = periodScale(first.start, last.end, flow.unit);
  const cardIds: string[] = [];
  for (const [cardId, states] of history) {
    eachStay(states, scale, (state, from, to) => {
      if (from <= periodIndex && periodIndex < to && isOnBoardPlace(state)) {
        if (state.columnId === columnId) cardIds.push(cardId);
      }
    });
  }
  return figureOf(cardIds);
}

/**
 * Calls back for each state that holds at the end of some period: from the period it starts
 * in, up to (not including) the period the next state starts in. A state followed by another
 * in the same period holds at no period's end.
 */
function eachStay(
  states: readonly CardState[],
  scale: PeriodScale,
  visit: (state: CardState, from: number, to: number) => void,
): void {
  const end = scale.periods.length;
  let state = states[0];
  let from = state === undefined ? end : scale.indexOf(state.at);
  for (let index = 1; index <= states.length; index += 1) {
    const next = states[index];
    const to = next === undefined ? end : scale.indexOf(next.at);
    if (state !== undefined && to > from) visit(state, from, to);
    state = next;
    from = to;
  }
}

function firstDate(history: CardHistory, options: FlowOptions): string {
  let first = options.from ?? options.today;
  for (const states of history.values()) {
    const date = states[0]?.at.slice(0, 10);
    if (date !== undefined && date < first) first = date;
  }
  return first;
}
