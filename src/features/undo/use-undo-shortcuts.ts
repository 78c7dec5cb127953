import { useEffect } from 'react';
import { type KeyPress, matchesCombo } from '../../lib/key-combo';
import { REDO_KEYS, UNDO_KEYS } from '../../lib/undo-keys';
import { useUndoStack } from '../../queries/undo-context';

/** Which of the two a key press asks for, if either (the shortcut help lists the same keys). */
function commandOf(press: KeyPress): 'undo' | 'redo' | null {
  if (UNDO_KEYS.some((combo) => matchesCombo(press, combo))) return 'undo';
  if (REDO_KEYS.some((combo) => matchesCombo(press, combo))) return 'redo';
  return null;
}

/** A field where Ctrl+Z belongs to the text being typed, not to the board. */
function isEditing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest('input, textarea, select') !== null;
}

/**
 * Ctrl+Z (⌘Z) undoes the last action of this tab; Ctrl+Shift+Z (⇧⌘Z) and Ctrl+Y redo.
 * Not while typing in a field: there the browser's own text undo applies. On a layout that
 * types another script (Bangla: the Z key types য), the physical key decides (matchesCombo).
 */
export function useUndoShortcuts(): void {
  const stack = useUndoStack();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isEditing(event.target)) return;
      const command = commandOf(event);
      if (command === null) return;
      event.preventDefault();
      void (command === 'undo' ? stack.undo() : stack.redo());
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [stack]);
}
