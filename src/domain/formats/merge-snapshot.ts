import { stableStringify } from './stable-stringify';

/*
 * Merging a snapshot someone else exported into this board, table by table, row by row (by id).
 * Rules, chosen so the result is the same whichever side is "local" (commutative), merging the
 * same file twice changes nothing (idempotent), and no id from either side is lost:
 * 1. A row on one side only is kept (tombstones included, so deletions travel on).
 * 2. Two identical rows (same content, whatever the key order) are kept as they are.
 * 3. Two different rows: a deleted one (deletedAt set) wins over a live one, even a later edit:
 *    a deletion is deliberate, and resurrecting a card because someone fixed a typo elsewhere
 *    would surprise both people. Otherwise the later updatedAt wins; on a tie, the larger
 *    stable serialisation wins (arbitrary, but the same on every device).
 *    The losing version is returned in `conflicts`, for the card's history.
 * 4. Insert-only tables (history) hold rows that never change: they are unioned by id; should
 *    the same id carry two contents, rule 3's tie-break picks one and the other is a conflict.
 */

export interface MergeRow {
  id: string;
}

export type MergeTables = Readonly<Record<string, readonly MergeRow[]>>;

export interface MergeConflict<Row extends MergeRow = MergeRow> {
  table: string;
  id: string;
  kept: Row;
  discarded: Row;
  /** Whose version was discarded: a local edit lost is what the preview should stress. */
  discardedSide: 'local' | 'incoming';
}

/**
 * Per table, from the local board's point of view: `added` rows came from the file only;
 * `updated` rows were replaced by the file's version; `unchanged` rows stay as they were
 * (local only, identical, or the local version won). `conflicts` counts the ids both sides had
 * in different versions, whichever won: each of them is also counted as updated or unchanged.
 */
export interface MergeCounts {
  added: number;
  updated: number;
  unchanged: number;
  conflicts: number;
}

export interface MergeResult<T extends MergeTables> {
  /** Each table's rows, sorted by id. */
  merged: { [K in keyof T]: T[K][number][] };
  counts: Record<keyof T & string, MergeCounts>;
  /** Sorted by table, then id. */
  conflicts: MergeConflict<T[keyof T][number]>[];
}

export interface MergeOptions {
  /** Tables whose rows never change once written (activity, progress notes…). */
  insertOnly?: readonly string[];
}

export function mergeSnapshot<T extends MergeTables>(
  local: T,
  incoming: T,
  options: MergeOptions = {},
): MergeResult<T> {
  type Row = T[keyof T][number];
  const insertOnly = new Set(options.insertOnly ?? []);
  const merged: Record<string, Row[]> = {};
  const counts: Record<string, MergeCounts> = {};
  const conflicts: MergeConflict<Row>[] = [];
  const tables = [...new Set([...Object.keys(local), ...Object.keys(incoming)])].sort();

  for (const table of tables) {
    const tally: MergeCounts = { added: 0, updated: 0, unchanged: 0, conflicts: 0 };
    const ours = new Map<string, Row>((local[table] ?? []).map((row) => [row.id, row as Row]));
    const rows = new Map(ours);
    for (const theirs of (incoming[table] ?? []) as Row[]) {
      const mine = ours.get(theirs.id);
      if (mine === undefined) {
        rows.set(theirs.id, theirs);
        tally.added += 1;
        continue;
      }
      const mineText = stableStringify(mine);
      const theirsText = stableStringify(theirs);
      if (mineText === theirsText) continue;
      const theirsWins = insertOnly.has(table)
        ? theirsText > mineText
        : compareVersions(theirs, theirsText, mine, mineText) > 0;
      rows.set(theirs.id, theirsWins ? theirs : mine);
      if (theirsWins) tally.updated += 1;
      tally.conflicts += 1;
      conflicts.push({
        table,
        id: theirs.id,
        kept: theirsWins ? theirs : mine,
        discarded: theirsWins ? mine : theirs,
        discardedSide: theirsWins ? 'local' : 'incoming',
      });
    }
    tally.unchanged = ours.size - tally.updated;
    merged[table] = [...rows.values()].sort((a, b) => compareText(a.id, b.id));
    counts[table] = tally;
  }
  conflicts.sort((a, b) => compareText(a.table, b.table) || compareText(a.id, b.id));
  return { merged, counts, conflicts } as MergeResult<T>;
}

/** Positive when `a` should win over `b` (rule 3). */
function compareVersions(a: MergeRow, aText: string, b: MergeRow, bText: string): number {
  return (
    Number(isDeleted(a)) - Number(isDeleted(b)) ||
    updatedTime(a) - updatedTime(b) ||
    compareText(aText, bText)
  );
}

function isDeleted(row: MergeRow): boolean {
  const deletedAt: unknown = Reflect.get(row, 'deletedAt');
  return deletedAt !== null && deletedAt !== undefined;
}

/** Instants compared as times, so "…T06:00+06:00" and "…T00:00Z" tie; unreadable ones lose. */
function updatedTime(row: MergeRow): number {
  const updatedAt: unknown = Reflect.get(row, 'updatedAt');
  const time = typeof updatedAt === 'string' ? Date.parse(updatedAt) : Number.NaN;
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
