import type { KeyCombo } from '../../lib/key-combo';
import { REDO_KEYS, UNDO_KEYS } from '../../lib/undo-keys';

/** Where a shortcut acts: anywhere on the board page, or on the card that has the focus. */
export type ShortcutScope = 'global' | 'card';

export const SHORTCUT_IDS = [
  'search',
  'new_card',
  'triage',
  'help',
  'undo',
  'redo',
  'focus_move',
  'open_card',
  'select_card',
  'move_card',
  'archive_card',
] as const;
export type ShortcutId = (typeof SHORTCUT_IDS)[number];

export interface Shortcut {
  id: ShortcutId;
  scope: ShortcutScope;
  /** Each combo alone triggers the shortcut; the help lists them all. */
  keys: readonly KeyCombo[];
}

/**
 * The app's shortcuts, the one list the help overlay shows and the key handlers match.
 * Undo and redo are handled by features/undo (which also works in dialogs); they are here so
 * the help lists them. Card shortcuts act on the focused card of the board.
 */
export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'search', scope: 'global', keys: [{ key: '/' }] },
  { id: 'new_card', scope: 'global', keys: [{ key: 'n' }] },
  { id: 'triage', scope: 'global', keys: [{ key: 't' }] },
  { id: 'help', scope: 'global', keys: [{ key: '?' }] },
  { id: 'undo', scope: 'global', keys: UNDO_KEYS },
  { id: 'redo', scope: 'global', keys: REDO_KEYS },
  {
    id: 'focus_move',
    scope: 'card',
    keys: [
      { key: 'ArrowUp' },
      { key: 'ArrowDown' },
      { key: 'ArrowLeft' },
      { key: 'ArrowRight' },
      { key: 'k' },
      { key: 'j' },
      { key: 'h' },
      { key: 'l' },
      { key: 'Home' },
      { key: 'End' },
    ],
  },
  { id: 'open_card', scope: 'card', keys: [{ key: 'Enter' }, { key: 'o' }] },
  { id: 'select_card', scope: 'card', keys: [{ key: ' ' }, { key: 'x' }] },
  { id: 'move_card', scope: 'card', keys: [{ key: 'm' }] },
  { id: 'archive_card', scope: 'card', keys: [{ key: 'e' }] },
];
