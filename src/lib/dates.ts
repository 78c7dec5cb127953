/** Current instant as an ISO string: event and record times are instants. */
export function nowIso(): string {
  return new Date().toISOString();
}

/**
 * Today's calendar date (YYYY-MM-DD) in the user's own time zone: a due date typed in Dhaka
 * must be the same date when the board is opened in Geneva, so dates never become instants.
 */
export function todayCalendarDate(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Whole days from `from` to `to`, both YYYY-MM-DD; computed in UTC so DST never shifts it. */
export function daysBetween(from: string, to: string): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}
