/**
 * The instants a range of calendar days (YYYY-MM-DD, from `<input type="date">`) covers in
 * the viewer's own time zone: from the first moment of `from` to the last of `to`, both
 * days included. An empty or unreadable day leaves that end open.
 */
export function dayRangeInstants(from: string, to: string): { from?: string; to?: string } {
  const start = startOfDay(from);
  const end = startOfDay(to);
  if (end) end.setDate(end.getDate() + 1);
  return {
    ...(start ? { from: start.toISOString() } : {}),
    // The range's upper end is inclusive: the last millisecond of the day, not the next day.
    ...(end ? { to: new Date(end.getTime() - 1).toISOString() } : {}),
  };
}

/** Local midnight of a calendar day; null when it is not one. */
function startOfDay(day: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const start = new Date(year, month, date);
  const real =
    start.getFullYear() === year && start.getMonth() === month && start.getDate() === date;
  return real ? start : null;
}
