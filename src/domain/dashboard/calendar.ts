/*
 * Calendar arithmetic for the dashboard. Instants (ISO 8601 with any offset) become calendar
 * dates in UTC; dates are YYYY-MM-DD strings, which sort as they read. Days are counted as
 * whole days since 1970-01-01 ("epoch days"), so no time zone or summer time can shift them.
 */

const MS_PER_DAY = 86_400_000;
const UTC_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The instant in UTC as toISOString writes it, so instants compare as strings. */
export function utcInstant(instant: string): string {
  // The app writes toISOString() everywhere: only other forms pay for a Date.
  return UTC_ISO.test(instant) ? instant : new Date(instant).toISOString();
}

/** The calendar date (YYYY-MM-DD, UTC) of an instant. */
export function utcDateOf(instant: string): string {
  return utcInstant(instant).slice(0, 10);
}

export function epochDay(date: string): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function dateOfEpochDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * The date `months` calendar months from `date` (negative: earlier), kept on the same day of the
 * month or, when that month is shorter, on its last day (31 May − 3 months is 28 or 29 Feb).
 */
export function addMonths(date: string, months: number): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 + months;
  const day = Number(date.slice(8, 10));
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

/** The later of two instants or dates written the same way (they compare as strings). */
export function later(a: string, b: string): string {
  return a < b ? b : a;
}
