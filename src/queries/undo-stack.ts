import type { ActionLabel, JournalEntry, SyncedTable } from '../domain/journal';
import { UndoConflictError } from '../repositories/journal-repository';
import type { Repositories } from '../repositories/repositories';
import { type RowsNow, rowsOfEntry } from './apply-row-changes';

/** One step: the entry whose changes undo reverts (or redo re-applies), and what it was. */
export interface UndoStep {
  entryId: string;
  action: ActionLabel;
  /**
   * The entry itself; null for one written by another thread for this tab (the import
   * worker's snapshot), read from the journal only when the step is taken.
   */
  entry: JournalEntry | null;
}

export interface UndoState {
  undo: readonly UndoStep[];
  redo: readonly UndoStep[];
}

/** What an undo or a redo did, for the person to hear. */
export type UndoOutcome =
  | { kind: 'done'; direction: 'undo' | 'redo'; action: ActionLabel }
  | { kind: 'empty'; direction: 'undo' | 'redo' }
  /** An offer to undo one action (a toast's Undo) came after later actions: undo those first. */
  | { kind: 'stale'; direction: 'undo'; action: ActionLabel }
  | { kind: 'conflict'; direction: 'undo' | 'redo'; action: ActionLabel; table: SyncedTable };

/** Steps kept: enough for any meeting, and a bound on the memory the rows take. */
const LIMIT = 200;

/**
 * This tab's undo and redo stacks. Every action this tab commits is a step (and each import
 * the import worker writes for it, held by its entry's id); undo replays its
 * journal entry's "before" rows, redo its "after" rows, each as one journaled transaction that
 * first checks no row has changed since. A refused step (another tab changed a row) is dropped
 * from the stack and said so; nothing is written. The stacks live in memory: a reload starts
 * them empty, and the activity page still lists every change (decision 011).
 */
export function createUndoStack(
  repositories: Repositories,
  options: {
    /**
     * Shows the rows a step will write before it is written (see showRowsAhead); returns how
     * to take them back if the step is refused.
     */
    showAhead?: (rows: RowsNow) => (() => void) | undefined;
  } = {},
) {
  let state: UndoState = { undo: [], redo: [] };
  const listeners = new Set<() => void>();
  const outcomeListeners = new Set<(outcome: UndoOutcome) => void>();
  let queue: Promise<unknown> = Promise.resolve();

  const set = (next: UndoState) => {
    state = next;
    for (const listener of listeners) listener();
  };
  const push = (step: UndoStep) => set({ undo: [...state.undo, step].slice(-LIMIT), redo: [] });

  async function step(direction: 'undo' | 'redo'): Promise<UndoOutcome> {
    const from = direction === 'undo' ? state.undo : state.redo;
    const top = from.at(-1);
    if (!top) return { kind: 'empty', direction };
    const rest = from.slice(0, -1);
    const entry = top.entry ?? (await repositories.journal.entry(top.entryId));
    if (!entry) {
      // The journal is insert-only: only a database deleted since (site data cleared in
      // another tab) loses an entry. Nothing is left to revert.
      set(direction === 'undo' ? { ...state, undo: rest } : { ...state, redo: rest });
      return { kind: 'empty', direction };
    }
    const takeBack =
      top.entry &&
      options.showAhead?.(rowsOfEntry(entry, direction === 'undo' ? 'before' : 'after'));
    try {
      const written =
        direction === 'undo'
          ? await repositories.journal.undo(entry)
          : await repositories.journal.redo(entry);
      // Undoing a redo takes back the redo's own changes: the same rows, the same action.
      const kept = direction === 'undo' ? entry : (written ?? entry);
      const moved: UndoStep = { entryId: kept.id, action: top.action, entry: kept };
      set(
        direction === 'undo'
          ? { undo: rest, redo: [...state.redo, moved] }
          : { undo: [...state.undo, moved], redo: rest },
      );
      return { kind: 'done', direction, action: top.action };
    } catch (error) {
      takeBack?.();
      if (!(error instanceof UndoConflictError)) throw error;
      set(direction === 'undo' ? { ...state, undo: rest } : { ...state, redo: rest });
      return { kind: 'conflict', direction, action: top.action, table: error.table };
    }
  }

  /**
   * One step at a time: a second Ctrl+Z waits for the first to finish. Every outcome is told to
   * the outcome listeners (the app words it in a toast that screen readers announce).
   */
  const queued = (work: () => Promise<UndoOutcome>) => {
    const next = queue.then(work).then((outcome) => {
      for (const listener of outcomeListeners) listener(outcome);
      return outcome;
    });
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    /** A committed entry of this tab: a person's action becomes a step, and redo is cleared. */
    record(entry: JournalEntry): void {
      if (entry.origin !== 'user') return;
      push({ entryId: entry.id, action: entry.action, entry });
    },
    /**
     * A person's action that another thread wrote for this tab (the import worker's snapshot):
     * a step by the id of its entry, read when it is undone.
     */
    recordWritten(written: { id: string; action: ActionLabel }): void {
      push({ entryId: written.id, action: written.action, entry: null });
    },
    getState: () => state,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    undo: () => queued(() => step('undo')),
    redo: () => queued(() => step('redo')),
    /** Undoes the step of this entry if it is still the latest (a toast's Undo button). */
    undoIfLatest: (entryId: string) =>
      queued(async () => {
        const top = state.undo.at(-1);
        if (top?.entryId === entryId) return step('undo');
        const earlier = state.undo.find((candidate) => candidate.entryId === entryId);
        return earlier
          ? { kind: 'stale', direction: 'undo', action: earlier.action }
          : { kind: 'empty', direction: 'undo' };
      }),
    /** The latest step, right after an action: what a toast's Undo will offer to take back. */
    latest: (): UndoStep | undefined => state.undo.at(-1),
    onOutcome(listener: (outcome: UndoOutcome) => void): () => void {
      outcomeListeners.add(listener);
      return () => outcomeListeners.delete(listener);
    },
  };
}
export type UndoStack = ReturnType<typeof createUndoStack>;
