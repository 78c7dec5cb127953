import { useEffect } from 'react';
import { useUndoStack } from '../../queries/undo-context';

/** A field where Ctrl+Z belongs to the text being typed, not to the board. */
function isEditing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest('input, textarea, select') !== null;
}

/**
 * Ctrl+Z (⌘Z) undoes the last action of this tab; Ctrl+Shift+Z (⇧⌘Z) and Ctrl+Y redo.
 * Not while typing in a field: there the browser's own text undo applies.
 */
export function useUndoShortcuts(): void {
  const stack = useUndoStack();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isEditing(event.target)) return;
      const key = event.key.toLowerCase();
      const redo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
      const undo = key === 'z' && !event.shiftKey;
      if (!undo && !redo) return;
      event.preventDefault();
      void (undo ? stack.undo() : stack.redo());
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [stack]);
}
