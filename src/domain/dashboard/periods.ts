import { dateOfEpochDay, epochDay, monthNumber } from './calendar';

/** How the history is cut: ISO weeks (Monday to Sunday), calendar months or quarters, in UTC. */
export type PeriodUnit = 'week' | 'month' | 'quarter';

/** A period's first and last calendar dates, both included. */
export interface Period {
  start: string;
  end: string;
}

/**
 * The periods from the one holding `first` to the one holding `last` (today), the last cut
 * short at `last`, and where a date falls among them. A date before the first period counts in
 * the first, one after `last` (a clock ahead, a time zone ahead of UTC) in the last.
 */
export interface PeriodScale {
  unit: PeriodUnit;
  periods: Period[];
  /** The index in `periods` of a date, or of a UTC instant's date. */
  indexOf(date: string): number;
}

const dateOfMonthIndex = (index: number) =>
  `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;

/** Periods as whole numbers that follow each other: weeks since Monday 5 January 1970, months. */
function ordinal(date: string, unit: PeriodUnit): number {
  if (unit === 'week') return Math.floor((epochDay(date) - 4) / 7);
  const month = monthNumber(date);
  return unit === 'month' ? month : Math.floor(month / 3);
}

function startOf(ordinalValue: number, unit: PeriodUnit): string {
  if (unit === 'week') return dateOfEpochDay(ordinalValue * 7 + 4);
  return dateOfMonthIndex(unit === 'month' ? ordinalValue : ordinalValue * 3);
}

export function periodScale(first: string, last: string, unit: PeriodUnit): PeriodScale {
  const from = ordinal(first < last ? first : last, unit);
  const to = ordinal(last, unit);
  const periods: Period[] = [];
  for (let value = from; value <= to; value += 1) {
    const end = dateOfEpochDay(epochDay(startOf(value + 1, unit)) - 1);
    periods.push({ start: startOf(value, unit), end: end < last ? end : last });
  }
  const lastIndex = periods.length - 1;
  return {
    unit,
    periods,
    indexOf: (date) => Math.min(lastIndex, Math.max(0, ordinal(date, unit) - from)),
  };
}
