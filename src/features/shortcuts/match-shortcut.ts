import type { KeyCombo, Shortcut, ShortcutId } from './shortcut-registry';

/** The parts of a KeyboardEvent a match reads (a plain object in tests). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  /** The physical key ('KeyN'): a letter shortcut on a layout that types no Latin letters. */
  code?: string;
}

/** A single printable character already says whether Shift was held ('?' or 'N'). */
function isCharacter(key: string): boolean {
  return [...key].length === 1;
}

/**
 * The Latin letter a press types, by its physical key when the layout types another script:
 * on a Bangla layout the key labelled N types ন, and `n` should still open a new card.
 */
function latinLetter(press: KeyPress): string {
  if (/^[\x20-\x7e]$/.test(press.key) || press.shiftKey) return press.key;
  const letter = /^Key([A-Z])$/.exec(press.code ?? '');
  return letter?.[1] ? letter[1].toLowerCase() : press.key;
}

export function matchesCombo(press: KeyPress, combo: KeyCombo): boolean {
  if (press.altKey) return false;
  const mod = press.ctrlKey || press.metaKey;
  if (mod !== (combo.mod === true)) return false;
  if (combo.mod) {
    const key = latinLetter(press).toLowerCase();
    return key === combo.key && press.shiftKey === (combo.shift === true);
  }
  if (isCharacter(combo.key)) return latinLetter(press) === combo.key;
  return press.key === combo.key && press.shiftKey === (combo.shift === true);
}

/** One key alone, no modifier (/ n t ?): what WCAG 2.1.4 lets a person turn off. */
export function isSingleKey(shortcut: Shortcut): boolean {
  return shortcut.keys.every((combo) => !combo.mod && isCharacter(combo.key));
}

/** The shortcut a key press triggers among `shortcuts`, or null. */
export function matchShortcut(press: KeyPress, shortcuts: readonly Shortcut[]): ShortcutId | null {
  for (const shortcut of shortcuts) {
    if (shortcut.keys.some((combo) => matchesCombo(press, combo))) return shortcut.id;
  }
  return null;
}
