import type { RecboardDatabase } from '../db/database';
import {
  type DigestCopy,
  REWRITE_MARK_KEY,
  type RewriteMarkRow,
} from '../db/journal-digest-copies';
import { JOURNAL_DIGEST_TABLE } from '../db/journal-digest-middleware';
import { type HistoryEntry, HistoryEntrySchema } from '../domain/dashboard/history-entry';
import { parseRows } from './parse-row';

/** Entries past a copy that are worth a new copy (a copy costs a write of the whole board's). */
const STALE_TAIL = 200;

export interface HistoryRead {
  /** The board's journal as the dashboard reads it, in no particular order. */
  entries: HistoryEntry[];
  /** A new copy of the board's digest to keep (keepHistoryCopy), or null if the kept one will do. */
  copy: DigestCopy | null;
  /** This read, for the reader to hold and hand to its next read (readHistory's `held`). */
  held: HeldHistory;
}

/**
 * A read held in memory by its reader (the dashboard's worker): its entries, checked, and where
 * in the digest they end. The next read starts from it and reads only the rows added since:
 * no copy to read and check again (at 10,000 entries reading the copy took 150–200 ms of
 * opening the dashboard, most of it).
 */
export interface HeldHistory {
  boardId: string;
  mark: string;
  /** The greatest entry id in `entries` ('' when there are none). */
  upTo: string;
  entries: HistoryEntry[];
  /**
   * How many of `entries` the board's kept copy holds, as far as this reader knows (the copy
   * it started from, or the last it kept): the rest are the copy's stale tail. Null when it
   * knows of no copy kept (it read the whole digest).
   */
  copied: number | null;
}

/** Where a read starts before the rows it read: what is held, the kept copy, or nothing. */
type Start =
  | { kind: 'held'; held: HeldHistory }
  | { kind: 'copy'; copy: DigestCopy }
  | { kind: 'none' };

interface RawRead {
  mark: string;
  start: Start;
  /** The digest rows past the start, or every digest row of the board (no start). */
  rows: unknown[];
}

/**
 * A board's journal as the dashboard reads it: from what the reader holds (`held`, the read
 * before) or else the kept copy of its digest (db/journal-digest-copies.ts), and the rows added
 * since; or, when neither is good, from every row of its digest. Every way gives the same
 * entries; a copy is one row instead of thousands, and what is held needs no reading at all.
 */
export async function readHistory(
  db: RecboardDatabase,
  boardId: string,
  held: HeldHistory | null = null,
): Promise<HistoryRead> {
  const raw = await readRaw(db, boardId, held?.boardId === boardId ? held : null);
  const { start } = raw;
  if (start.kind === 'held') {
    const { held: before } = start;
    return readOn(boardId, raw.mark, before.entries, before.upTo, before.copied, raw.rows);
  }
  const copied = start.kind === 'copy' ? checkedCopy(start.copy.entries) : null;
  if (start.kind === 'copy' && copied !== null) {
    return readOn(boardId, raw.mark, copied, start.copy.upTo, copied.length, raw.rows);
  }
  // No copy, a stale one, or a damaged one (only a copy): the digest itself.
  const rows =
    start.kind === 'copy'
      ? await db.journalDigest.where('boardId').equals(boardId).toArray()
      : raw.rows;
  const entries = parseRows(HistoryEntrySchema, 'journal', rows);
  const upTo = greatestId(entries, '');
  const copy = copyOf(boardId, raw.mark, entries, upTo);
  return { entries, copy, held: { boardId, mark: raw.mark, upTo, entries, copied: null } };
}

/**
 * The read from a start (held entries, or a checked copy's, up to `upTo`, of which `copied`
 * are in the kept copy) and the rows past it, with a new copy to keep when none is known kept
 * or the entries past the kept one are many (a copy costs a write of the whole journal).
 */
function readOn(
  boardId: string,
  mark: string,
  start: HistoryEntry[],
  startUpTo: string,
  copied: number | null,
  rows: unknown[],
): HistoryRead {
  const added = parseRows(HistoryEntrySchema, 'journal', rows);
  const entries = added.length === 0 ? start : start.concat(added);
  const upTo = greatestId(added, startUpTo);
  // Offered on every read until one is kept (heldHistoryReader's `kept`): an offer the worker
  // never kept (no dashboard took the read, the write failed) must not count as kept.
  const stale = copied === null || entries.length - copied >= STALE_TAIL;
  const copy = stale ? copyOf(boardId, mark, entries, upTo) : null;
  return { entries, copy, held: { boardId, mark, upTo, entries, copied } };
}

/** Keeps a copy made by readHistory, replacing the board's last one. */
export async function keepHistoryCopy(db: RecboardDatabase, copy: DigestCopy): Promise<void> {
  await db.journalDigestCopies.put(copy);
}

/**
 * The rows. What is held, or else the copy, read first and on its own: a transaction over the
 * digest holds up every journaled write until it ends (a write's transaction includes the
 * digest), and the copy is the one large row. Neither needs a transaction with the digest:
 * the start is checked against the digest as it is now, in one transaction (the mark, the
 * rows past the start, the count), and it names the mark it was read under.
 */
async function readRaw(
  db: RecboardDatabase,
  boardId: string,
  held: HeldHistory | null,
): Promise<RawRead> {
  const copy = held === null ? await db.journalDigestCopies.get(boardId) : undefined;
  const candidate: Start = held
    ? { kind: 'held', held }
    : copy
      ? { kind: 'copy', copy }
      : { kind: 'none' };
  const from = endOf(candidate);
  return db.transaction('r', db.journalDigest, async () => {
    const markRow = await db
      .table<RewriteMarkRow, string>(JOURNAL_DIGEST_TABLE)
      .get(REWRITE_MARK_KEY);
    const mark = typeof markRow?.mark === 'string' ? markRow.mark : '';
    const board = db.journalDigest.where('boardId').equals(boardId);
    if (from && from.mark === mark) {
      const [added, count] = await Promise.all([
        db.journalDigest
          .where('id')
          .above(from.upTo)
          .filter((row) => row.boardId === boardId)
          .toArray(),
        board.count(),
      ]);
      if (from.count + added.length === count) return { mark, start: candidate, rows: added };
    }
    // Nothing held and no copy, or a stale start: the whole digest, which holds up writes for
    // as long as it reads (about 300 ms at 10,000 entries), once after each rewrite.
    return { mark, start: { kind: 'none' }, rows: await board.toArray() };
  });
}

/** Where a start ends in the digest: the mark it was read under, its greatest id, its count. */
function endOf(start: Start): { mark: string; upTo: string; count: number } | null {
  if (start.kind === 'held') {
    const { mark, upTo, entries } = start.held;
    return { mark, upTo, count: entries.length };
  }
  return start.kind === 'copy' ? start.copy : null;
}

/** The copy's entries checked, or null when one is not an entry (a damaged copy). */
function checkedCopy(entries: unknown[]): HistoryEntry[] | null {
  try {
    return parseRows(HistoryEntrySchema, 'journal', entries);
  } catch {
    return null;
  }
}

function copyOf(boardId: string, mark: string, entries: HistoryEntry[], upTo: string): DigestCopy {
  return { boardId, mark, upTo, count: entries.length, entries };
}

/** The greatest id among `entries` and `from`. */
function greatestId(entries: readonly HistoryEntry[], from: string): string {
  let upTo = from;
  for (const entry of entries) if (entry.id > upTo) upTo = entry.id;
  return upTo;
}

/** readHistory with a memory (heldHistoryReader). */
export interface HeldHistoryReader {
  read(boardId: string): Promise<HistoryRead>;
  /** Says a copy a read offered has been kept, so reads stop offering one until it is stale. */
  kept(copy: DigestCopy): void;
}

/**
 * readHistory with a memory: each read starts from the one before it (HeldHistory), so every
 * read after the first takes only the rows added since. The dashboard's worker reads through
 * one, and so holds one board's journal for as long as it lives (its digest: a few megabytes
 * at 10,000 entries). A read on another connection or for another board starts afresh, and
 * what is held is forgotten when the connection closes or another tab upgrades the database
 * (an upgrade bypasses the digest's mark, and Dexie reopens the same connection after it).
 */
export function heldHistoryReader(database: () => Promise<RecboardDatabase>): HeldHistoryReader {
  let held: { db: RecboardDatabase; history: HeldHistory } | null = null;
  const watched = new WeakSet<RecboardDatabase>();
  const forget = () => {
    held = null;
  };
  return {
    async read(boardId) {
      const db = await database();
      if (!watched.has(db)) {
        watched.add(db);
        db.on('versionchange', forget);
        db.on('close', forget);
      }
      const last = held?.db === db ? held.history : null;
      const read = await readHistory(db, boardId, last);
      held = { db, history: read.held };
      return read;
    },
    kept(copy) {
      const history = held?.history;
      if (history?.boardId === copy.boardId && history.mark === copy.mark) {
        history.copied = Math.max(history.copied ?? 0, copy.count);
      }
    },
  };
}
