/*
 * Calendar arithmetic for the dashboard. Instants (ISO 8601 with any offset) become calendar
 * dates in UTC; dates are YYYY-MM-DD strings, which sort as they read. Days are counted as
 * whole days since 1970-01-01 ("epoch days"), so no time zone or summer time can shift them.
 */

const MS_PER_DAY = 86_400_000;
const Z = 90;
const T = 84;

/** The instant in UTC as toISOString writes it, so instants compare as strings. */
export function utcInstant(instant: string): string {
  // The app writes toISOString() everywhere, and instants are validated ISO 8601: 24 characters
  // ending in Z is that form. Only other forms pay for a Date (this runs once per journal entry).
  return instant.length === 24 && instant.charCodeAt(23) === Z && instant.charCodeAt(10) === T
    ? instant
    : new Date(instant).toISOString();
}

/** The calendar date (YYYY-MM-DD, UTC) of an instant. */
export function utcDateOf(instant: string): string {
  return utcInstant(instant).slice(0, 10);
}

/** The number the digits of `text` from `start` to `end` write (no string is made). */
function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let index = start; index < end; index += 1) value = value * 10 + text.charCodeAt(index) - 48;
  return value;
}

/** Months since year 0 of a date or a UTC instant: consecutive months are consecutive numbers. */
export function monthNumber(date: string): number {
  return digits(date, 0, 4) * 12 + digits(date, 5, 7) - 1;
}

/** Days since 1970-01-01 of a date, or of a UTC instant's date. */
export function epochDay(date: string): number {
  return Date.UTC(digits(date, 0, 4), digits(date, 5, 7) - 1, digits(date, 8, 10)) / MS_PER_DAY;
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
