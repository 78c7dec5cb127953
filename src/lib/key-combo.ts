/**
 * One key, or one key with a modifier. `key` is KeyboardEvent.key as the layout produces it,
 * so '?' matches whatever Shift combination types a question mark on the person's keyboard.
 */
export interface KeyCombo {
  key: string;
  /** Ctrl on Windows and Linux, ⌘ on macOS. */
  mod?: boolean;
  shift?: boolean;
}

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
export function isCharacter(key: string): boolean {
  return [...key].length === 1;
}

/** A letter (or vowel sign: া) of a script other than Latin: ন or ট, not ğ (Turkish) nor é. */
function isNonLatinLetter(key: string): boolean {
  return /^[\p{L}\p{M}]$/u.test(key) && !/^\p{Script=Latin}$/u.test(key);
}

/**
 * The key a press types, or, when the layout types letters of another script, the Latin letter
 * of its physical key: on a Bangla layout the key labelled N types ন, and `n` should still
 * open a new card. A Latin layout keeps what it types (Turkish-F's E key types ğ: no shortcut).
 */
function latinLetter(press: KeyPress): string {
  if (!isNonLatinLetter(press.key)) return press.key;
  const letter = /^Key([A-Z])$/.exec(press.code ?? '')?.[1];
  if (letter === undefined) return press.key;
  return press.shiftKey ? letter : letter.toLowerCase();
}

/** Whether a key press is the combination, on whatever layout the person types with. */
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
