const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar date (YYYY-MM-DD) an instant falls on in a time zone: a Trello due date of
 * 2024-03-04T18:00Z is 5 March in Dhaka. Null for text that is not an instant.
 * Throws RangeError for an unknown time zone (a caller's mistake, not the file's).
 */
export function instantToCalendarDate(instant: string, timeZone: string): string | null {
  const time = Date.parse(instant);
  if (Number.isNaN(time)) return null;
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(time).map((p) => [p.type, p.value]));
  const year = parts.year?.padStart(4, '0');
  return year && parts.month && parts.day ? `${year}-${parts.month}-${parts.day}` : null;
}

/** The instant as a canonical ISO string (UTC), or null when it is not one. */
export function canonicalInstant(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
