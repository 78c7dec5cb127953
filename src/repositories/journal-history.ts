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
}

interface RawRead {
  mark: string;
  /** The kept copy's entries (unchecked) and the digest rows past it, or every digest row. */
  copied: unknown[];
  rows: unknown[];
  fromCopy: boolean;
}

/**
 * A board's journal as the dashboard reads it: from the kept copy of its digest and the rows
 * added since (db/journal-digest-copies.ts), or, when there is no good copy, from every row of
 * its digest. Both ways give the same entries; the copy is one row instead of thousands.
 */
export async function readHistory(db: RecboardDatabase, boardId: string): Promise<HistoryRead> {
  const raw = await readRaw(db, boardId);
  const copied = raw.fromCopy ? checkedCopy(raw.copied) : null;
  if (copied !== null) {
    const entries = copied.concat(parseRows(HistoryEntrySchema, 'journal', raw.rows));
    const added = entries.length - copied.length;
    return { entries, copy: added >= STALE_TAIL ? copyOf(boardId, raw.mark, entries) : null };
  }
  // No copy, a stale one, or a damaged one (only a copy): the digest itself.
  const rows = raw.fromCopy
    ? await db.journalDigest.where('boardId').equals(boardId).toArray()
    : raw.rows;
  const entries = parseRows(HistoryEntrySchema, 'journal', rows);
  return { entries, copy: copyOf(boardId, raw.mark, entries) };
}

/** Keeps a copy made by readHistory, replacing the board's last one. */
export async function keepHistoryCopy(db: RecboardDatabase, copy: DigestCopy): Promise<void> {
  await db.journalDigestCopies.put(copy);
}

/**
 * The rows. The copy is read first, on its own: a transaction over the digest holds up every
 * journaled write until it ends (a write's transaction includes the digest), and the copy is
 * the one large row. It needs no transaction with the digest: whichever copy is read, it is
 * checked against the digest as it is now, in one transaction (the mark, the rows past the
 * copy, the count), and it names the mark it was made under.
 */
async function readRaw(db: RecboardDatabase, boardId: string): Promise<RawRead> {
  const copy = await db.journalDigestCopies.get(boardId);
  return db.transaction('r', db.journalDigest, async () => {
    const markRow = await db
      .table<RewriteMarkRow, string>(JOURNAL_DIGEST_TABLE)
      .get(REWRITE_MARK_KEY);
    const mark = typeof markRow?.mark === 'string' ? markRow.mark : '';
    const board = db.journalDigest.where('boardId').equals(boardId);
    if (copy && copy.mark === mark) {
      const [added, count] = await Promise.all([
        db.journalDigest
          .where('id')
          .above(copy.upTo)
          .filter((row) => row.boardId === boardId)
          .toArray(),
        board.count(),
      ]);
      if (copy.count + added.length === count) {
        return { mark, copied: copy.entries, rows: added, fromCopy: true };
      }
    }
    // No copy, or a stale one: the whole digest, which holds up writes for as long as it
    // reads (about 300 ms at 10,000 entries), once after each rewrite.
    return { mark, copied: [], rows: await board.toArray(), fromCopy: false };
  });
}

/** The copy's entries checked, or null when one is not an entry (a damaged copy). */
function checkedCopy(entries: unknown[]): HistoryEntry[] | null {
  try {
    return parseRows(HistoryEntrySchema, 'journal', entries);
  } catch {
    return null;
  }
}

function copyOf(boardId: string, mark: string, entries: HistoryEntry[]): DigestCopy {
  let upTo = '';
  for (const entry of entries) if (entry.id > upTo) upTo = entry.id;
  return { boardId, mark, upTo, count: entries.length, entries };
}
