/*
 * One copy per board of its journal digest, in a single row, kept by the dashboard's worker
 * (schema v7, decision 016). Reading 10,000 digest rows took about 300 ms; the same entries
 * in 100 rows about 75 ms: IndexedDB's cost is per row. Derived: no backup carries it.
 *
 * A copy holds the digest's entries of its board up to `upTo` (the greatest id it holds) and
 * their `count`. It is good while the journal has only been added to since: the entries past
 * `upTo` are read as they are, and the count of the board's digest rows must be the copy's
 * plus theirs (an entry added with an older id, as a merge adds them, breaks the count). A
 * journal rewritten instead (an entry replaced or deleted, the journal cleared) changes the
 * digest's rewrite mark, which every copy names: a copy under an older mark is not read.
 */

/** Changing this name only costs a rebuild: the copies are derived from the digest. */
export const DIGEST_COPIES_TABLE = 'journalDigestCopies';

/**
 * The key, in the digest table, of the row holding the rewrite mark: a row without a board,
 * so that no board's read or count by board ever meets it. Keys of entries are UUIDs.
 */
export const REWRITE_MARK_KEY = '~rewritten';

/** The rewrite mark's row in the digest table. */
export interface RewriteMarkRow {
  id: typeof REWRITE_MARK_KEY;
  mark: string;
}

/** A board's digest, whole, as of the rewrite mark `mark`. */
export interface DigestCopy {
  boardId: string;
  /** The rewrite mark when the entries were read ('' before the journal was ever rewritten). */
  mark: string;
  /** The greatest entry id in `entries` ('' when there are none). */
  upTo: string;
  count: number;
  /** The entries as the dashboard reads them (HistoryEntry), checked again when read. */
  entries: unknown[];
}
