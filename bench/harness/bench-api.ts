/**
 * What the harness page (bench/harness.html) exposes as `window.recboardBench`. The Playwright
 * side only imports these types; the functions run in the browser.
 */
export interface BaselineTimes {
  /** The same rows as the repositories' bulk write, with plain bulkPut in one transaction. */
  writeMs: number;
  /** The rows the first screen reads, as plain Dexie queries (no zod, no layout). */
  firstScreenReadMs: number;
  /** The rows the whole board read waits for, the same way. */
  wholeReadMs: number;
}

export interface BackupTimes {
  ms: number;
  /** Size of the JSON file the person would download. */
  bytes: number;
}

export interface BoardCounts {
  recommendations: number;
  actionItems: number;
  progressNotes: number;
  workshops: number;
  columns: number;
}

export interface RecboardBench {
  /**
   * Generates the board of `size` (kept for the timed calls) and runs both write paths once on a
   * small board, untimed, so no measure pays for first-use compilation the others do not.
   */
  prepare(size: number): Promise<void>;
  /**
   * Replaces the app's database with the generated board (plain bulkPut, not journaled: the
   * journal holds the board's own card-created entries only); returns the counts.
   */
  populate(size: number): Promise<BoardCounts>;
  /** ms for `bulkWrite.writeAll(board)` into a fresh database (generation not counted). */
  timeBulkWrite(size: number): Promise<number>;
  timeBaseline(size: number): Promise<BaselineTimes>;
  /** exportSnapshot() + JSON.stringify + Blob, over the app's populated database. */
  timeBackup(): Promise<BackupTimes>;
  /**
   * A snapshot file (JSON, unindented) of the generated board of `size` with its cards,
   * columns, workshops and actors only: a 50,000-card board with its action items, notes and
   * history is a 280 MB file, over the 50 MB an import accepts.
   */
  leanSnapshotFile(size: number): Promise<string>;
}

declare global {
  interface Window {
    recboardBench?: RecboardBench;
  }
}
