import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import type { UndoStack, UndoState } from './undo-stack';

export const UndoContext = createContext<UndoStack | null>(null);

/** This tab's undo stack; provided by JournalSyncProvider. */
export function useUndoStack(): UndoStack {
  const stack = useContext(UndoContext);
  if (!stack) throw new Error('useUndoStack needs a JournalSyncProvider');
  return stack;
}

/** The steps that can be undone and redone, re-rendering when they change. */
export function useUndoState(): UndoState {
  const stack = useUndoStack();
  return useSyncExternalStore(stack.subscribe, stack.getState);
}

/**
 * Right after an action has been written: a callback that undoes exactly that action, for the
 * Undo button of the toast that reports it (undefined if it wrote nothing). Later actions must
 * be undone first; the stack says so if they were not.
 */
export function useUndoLatestAction(): () => (() => void) | undefined {
  const stack = useUndoStack();
  return useCallback(() => {
    const step = stack.latest();
    return step ? () => void stack.undoIfLatest(step.entryId) : undefined;
  }, [stack]);
}
