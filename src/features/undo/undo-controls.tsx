import { UndoToolbar } from './undo-toolbar';
import { useUndoFeedback } from './use-undo-feedback';
import { useUndoShortcuts } from './use-undo-shortcuts';

/** Undo and redo for the whole app: the buttons, the keyboard shortcuts, and what they say. */
export function UndoControls() {
  useUndoShortcuts();
  useUndoFeedback();
  return <UndoToolbar />;
}
