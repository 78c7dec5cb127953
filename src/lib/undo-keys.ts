import type { KeyCombo } from './key-combo';

/**
 * The keys every desktop program undoes and redoes with: Ctrl+Z (⌘Z), then Ctrl+Shift+Z
 * (⇧⌘Z) or Ctrl+Y. Here, not in a feature, because two read them: the undo feature acts on
 * them and the shortcut help lists them.
 */
export const UNDO_KEYS: readonly KeyCombo[] = [{ key: 'z', mod: true }];
export const REDO_KEYS: readonly KeyCombo[] = [
  { key: 'z', mod: true, shift: true },
  { key: 'y', mod: true },
];
