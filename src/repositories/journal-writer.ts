import Dexie from 'dexie';
import type { RecboardDatabase } from '../db/database';
import { recorderOf } from '../db/journal-middleware';
import {
  type ActionLabel,
  boardIdOf,
  cardIdsOf,
  type DiscardedRow,
  type JournalEntry,
  type JournalOrigin,
} from '../domain/journal';
import { nowIso } from '../lib/dates';
import { newId } from '../lib/ids';
import { snapshotTables } from './snapshot-tables';

/** What a journaled write returns: its result, and the action a person would call it. */
export interface Named<T> {
  result: T;
  action: ActionLabel;
  /** Row versions a merge set aside: kept in the entry, their cards' history shows them. */
  discarded?: DiscardedRow[];
}

export interface WriteOptions {
  origin?: JournalOrigin;
  /** For an undo or a redo: the entry it reverts or re-applies. */
  reverts?: JournalEntry;
}

/**
 * The command side of the one write path. Each user action runs as one transaction over every
 * synced table; the journal middleware records the rows it touches, and when the work is done
 * one entry, named by the action, is written in the same transaction. All of it commits or none
 * does, and one action is one entry: one undo step, however many rows it wrote.
 *
 * After the commit, listeners in this tab get the entry: the undo stack, and the cache, which
 * it patches with the rows that changed instead of reading the board again.
 */
export function createJournalWriter(db: RecboardDatabase) {
  const listeners = new Set<(entry: JournalEntry) => void>();
  const pendingListeners = new Set<(pending: boolean) => void>();
  /** Journaled writes begun and not yet committed or failed (nested ones count too). */
  let inFlight = 0;

  function setInFlight(change: 1 | -1): void {
    const wasPending = inFlight > 0;
    inFlight += change;
    if (wasPending !== inFlight > 0) {
      for (const listener of pendingListeners) listener(inFlight > 0);
    }
  }
  /** Entries this tab wrote lately: the change events Dexie sends for them need no reading. */
  const recent = new Set<string>();

  async function runEntry<T>(
    work: () => Promise<Named<T>>,
    options: WriteOptions = {},
  ): Promise<{ result: T; entry: JournalEntry | null }> {
    let entry: JournalEntry | null = null;
    setInFlight(1);
    const result = await db
      .transaction('rw', snapshotTables(db), async () => {
        const recorder = recorderOf(Dexie.currentTransaction.idbtrans);
        if (!recorder) throw new Error('The journal middleware is not installed');
        // Inside another journaled write (a repository calling another): one entry, the outer's.
        if (recorder.owned) return (await work()).result;
        recorder.owned = true;
        const named = await work();
        const changes = [...recorder.changes.values()];
        const discarded = named.discarded ?? [];
        const setAside = discarded.map(({ table, key, row }) => ({ table, key, after: row }));
        const boardId = boardIdOf([...changes, ...setAside]);
        if ((changes.length === 0 && discarded.length === 0) || boardId === null) {
          return named.result;
        }
        entry = {
          id: newId(),
          boardId,
          at: nowIso(),
          origin: options.origin ?? 'user',
          action: named.action,
          changes,
          cardIds: cardIdsOf([...changes, ...setAside]),
          ...(discarded.length > 0 ? { discarded } : {}),
          ...(options.reverts
            ? { revertsId: options.reverts.id, revertedAction: options.reverts.action }
            : {}),
        };
        remember(entry.id);
        await db.journal.add(entry);
        return named.result;
      })
      .finally(() => setInFlight(-1));
    const committed: JournalEntry | null = entry;
    if (committed) for (const listener of listeners) listener(committed);
    return { result, entry: committed };
  }

  function remember(id: string): void {
    recent.add(id);
    // Only the last few matter: change events arrive within moments of the commit.
    if (recent.size > 200) recent.delete(recent.values().next().value ?? id);
  }

  return {
    /** Runs one action as one journaled transaction; resolves to its result. */
    run: async <T>(work: () => Promise<Named<T>>, options?: WriteOptions): Promise<T> =>
      (await runEntry(work, options)).result,
    /** The same, resolving to the entry written too (null: the action changed nothing). */
    runEntry,
    /** Calls `listener` with every entry this tab commits; returns the unsubscribe. */
    onCommitted(listener: (entry: JournalEntry) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /**
     * Counts a write this tab asked another thread to make (the import worker writing a
     * snapshot) as under way until `work` settles, so leaving the page asks first.
     */
    async pendingWhile<T>(work: Promise<T>): Promise<T> {
      setInFlight(1);
      try {
        return await work;
      } finally {
        setInFlight(-1);
      }
    },
    /** Whether this tab wrote the entry (its rows are already patched into the cache). */
    wroteHere: (entryId: string) => recent.has(entryId),
    /**
     * Calls `listener` with true when a write begins while none is under way, and with false
     * when the last one under way has committed or failed; returns the unsubscribe.
     */
    onPendingChange(listener: (pending: boolean) => void): () => void {
      pendingListeners.add(listener);
      return () => pendingListeners.delete(listener);
    },
  };
}
export type JournalWriter = ReturnType<typeof createJournalWriter>;
