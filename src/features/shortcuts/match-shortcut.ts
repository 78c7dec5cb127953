import { isCharacter, type KeyPress, matchesCombo } from '../../lib/key-combo';
import type { Shortcut, ShortcutId } from './shortcut-registry';

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
