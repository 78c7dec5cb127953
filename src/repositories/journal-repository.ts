import type { RecboardDatabase } from '../db/database';
import {
  type ActionKind,
  type JournalEntry,
  JournalEntrySchema,
  type StoredRow,
  type SyncedTable,
} from '../domain/journal';
import { deepEqual } from '../lib/deep-equal';
import { label } from './action-label';
import type { JournalWriter } from './journal-writer';
import { parseRows } from './parse-row';

/**
 * An undo or redo refused: a row the step would restore has changed since (in another tab, or
 * a later step here that was not undone first). Nothing was written.
 */
export class UndoConflictError extends Error {
  constructor(
    readonly table: SyncedTable,
    readonly key: string,
  ) {
    super(`The ${table} row ${key} has changed since; the step was not reverted`);
    this.name = 'UndoConflictError';
  }
}

/** A page of the board's activity: entries newest first, and where the next page starts. */
export interface ActivityPage {
  entries: JournalEntry[];
  /** The cursor to pass as `before` for the next (older) page; null after the oldest. */
  next: string | null;
}

export function createJournalRepository(db: RecboardDatabase, writer: JournalWriter) {
  const table = (name: SyncedTable) => db.table<StoredRow, string>(name);

  /**
   * Puts every row an entry touched back as it was before (undo) or as it became (redo), in
   * one transaction, after checking that each row is still exactly as the entry left it (or
   * found it): otherwise it refuses, writing nothing, so another tab's change is never lost.
   * Rows come back whole, with their order, tags, times and tombstones.
   */
  async function revert(entry: JournalEntry, direction: 'undo' | 'redo') {
    const steps = direction === 'undo' ? [...entry.changes].reverse() : entry.changes;
    const { entry: written } = await writer.runEntry(
      async () => {
        // Every read, then every write, asked at once: IndexedDB runs a transaction's requests
        // in the order they were made, and one wave of answers costs what one answer does
        // (an undo of a bulk edit of 100 cards was 200 waits in a row).
        const current = await Promise.all(
          steps.map((change) => table(change.table).get(change.key)),
        );
        steps.forEach((change, index) => {
          const expected = direction === 'undo' ? change.after : change.before;
          if (!deepEqual(current[index], expected)) {
            throw new UndoConflictError(change.table, change.key);
          }
        });
        await Promise.all(
          steps.map((change) => {
            const target = direction === 'undo' ? change.before : change.after;
            return target === undefined
              ? table(change.table).delete(change.key)
              : table(change.table).put(target);
          }),
        );
        return { result: undefined, action: label(direction) };
      },
      { origin: direction, reverts: entry },
    );
    return written;
  }

  return {
    /** Takes back an entry's changes; resolves to the undo's own entry. */
    undo: (entry: JournalEntry) => revert(entry, 'undo'),
    /** Makes an undone entry's changes again; resolves to the redo's own entry. */
    redo: (entry: JournalEntry) => revert(entry, 'redo'),

    /**
     * One entry, checked; undefined when the journal has none by that id. For an undo step
     * held by id: an import the worker wrote (its entry never came to the page whole).
     */
    async entry(id: string): Promise<JournalEntry | undefined> {
      const row = await db.journal.get(id);
      return row === undefined ? undefined : parseRows(JournalEntrySchema, 'journal', [row])[0];
    },

    /** Everything that happened to a card (its row, action items, notes), newest first. */
    async listForCard(cardId: string): Promise<JournalEntry[]> {
      const rows = await db.journal.where('cardIds').equals(cardId).toArray();
      return parseRows(JournalEntrySchema, 'journal', rows).sort(newestFirst);
    },

    /**
     * The board's activity, newest first, one page at a time: entries after `from` and up to
     * `to` (ISO instants), older than the cursor `before` (from the previous page's `next`),
     * and, given `kinds`, only the entries whose action is of one of those kinds.
     */
    async listPage(
      boardId: string,
      options: {
        before?: string;
        from?: string;
        to?: string;
        kinds?: readonly ActionKind[];
        limit: number;
      },
    ): Promise<ActivityPage> {
      const [beforeAt, beforeId] = options.before?.split('|') ?? [];
      const to = beforeAt ?? options.to ?? '\uffff';
      const kinds = options.kinds && new Set<string>(options.kinds);
      const rows = await db.journal
        .where('at')
        .between(options.from ?? '', to, true, true)
        .reverse()
        .filter(
          (row) =>
            row.boardId === boardId &&
            // A damaged row (no action) is let through for parseRows to report.
            (kinds === undefined || !row.action || kinds.has(row.action.kind)) &&
            (beforeAt === undefined ||
              row.at < beforeAt ||
              (beforeId !== undefined && row.id < beforeId)),
        )
        .limit(options.limit + 1)
        .toArray();
      const entries = parseRows(JournalEntrySchema, 'journal', rows).sort(newestFirst);
      const page = entries.slice(0, options.limit);
      const last = page.at(-1);
      const more = entries.length > options.limit && last !== undefined;
      return { entries: page, next: more ? `${last.at}|${last.id}` : null };
    },

    /** The rows as they are now (undefined: gone), for changes another tab made. */
    async readRows(tableName: SyncedTable, keys: readonly string[]) {
      return table(tableName).bulkGet([...keys]);
    },
  };
}

function newestFirst(a: JournalEntry, b: JournalEntry): number {
  return b.at.localeCompare(a.at) || b.id.localeCompare(a.id);
}
