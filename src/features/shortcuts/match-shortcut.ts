import type { KeyCombo, Shortcut, ShortcutId } from './shortcut-registry';

/** The parts of a KeyboardEvent a match reads (a plain object in tests). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** A single printable character already says whether Shift was held ('?' or 'N'). */
function isCharacter(key: string): boolean {
  return [...key].length === 1;
}

export function matchesCombo(press: KeyPress, combo: KeyCombo): boolean {
  if (press.altKey) return false;
  const mod = press.ctrlKey || press.metaKey;
  if (mod !== (combo.mod === true)) return false;
  if (combo.mod) {
    return press.key.toLowerCase() === combo.key && press.shiftKey === (combo.shift === true);
  }
  if (isCharacter(combo.key)) return press.key === combo.key;
  return press.key === combo.key && press.shiftKey === (combo.shift === true);
}

/** The shortcut a key press triggers among `shortcuts`, or null. */
export function matchShortcut(press: KeyPress, shortcuts: readonly Shortcut[]): ShortcutId | null {
  for (const shortcut of shortcuts) {
    if (shortcut.keys.some((combo) => matchesCombo(press, combo))) return shortcut.id;
  }
  return null;
}
