/**
 * List markers at the start of a line: bullets (•, ▪, the private-use glyphs Word's symbol
 * fonts leave in extracted text), dashes, 1. 1) (1), a) (a), i. (i), 2.1 outline numbers.
 */

export type MarkerStyle = 'bullet' | 'number' | 'letter' | 'roman' | 'outline';

export interface LineMarker {
  style: MarkerStyle;
  /** Where the item's own text begins within the line. */
  textOffset: number;
  /** The marker stands alone on its line: its text prints elsewhere. */
  bare: boolean;
  /** 1 for a top-level marker; outline numbers (2.1.3) give their depth. */
  depth: number;
  /** Uppercase roman or outline numbers are section numbers as often as list markers. */
  sectionLike: boolean;
}

const GLYPHS = '•●▪■◦○∙·‣⁃➢➤►▶✓✔❖◆◇□☐\uF0B7\uF0A7\uF0D8\uF0FC\uF076\uF06E';
const GLYPH_BULLET = new RegExp(`^[${GLYPHS}]\\s*`);
const DASH_BULLET = /^[-–—*+](?:\s+|$)/;
/** "2.1 Background", not "1.5 million migrants" at the start of a wrapped line. */
const OUTLINE = /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?(?:\s+(?=[^\sa-z])|$)/;
const NUMBER = /^(?:\(\s*[\d০-৯]{1,3}\s*\)|[\d০-৯]{1,3}[.)])(?:\s+|$)/;
const ROMAN_LOWER = /^\(?(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3}|xiv|xv)[.)](?:\s+|$)/;
const ROMAN_UPPER = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})[.)](?:\s+|$)/;
const LETTER = /^(?:\([a-zA-Z\u0995-\u09B9]\)|[a-z][.)]|[A-Z\u0995-\u09B9]\))(?:\s+|$)/;
/** "A. Strengthen…" is a marker; "A. K. M. Rahman said" starts with initials. */
const UPPER_LETTER_DOT = /^[A-Z]\.\s+(?![A-Z]\.)(?=\S)/;

export function parseMarker(text: string): LineMarker | null {
  const glyph = GLYPH_BULLET.exec(text);
  if (glyph) return marker('bullet', glyph[0].length, text, 1, false);
  const dash = DASH_BULLET.exec(text);
  if (dash) return marker('bullet', dash[0].length, text, 1, false);
  const outline = OUTLINE.exec(text);
  if (outline) {
    const depth = (outline[1] ?? '').split('.').length;
    return marker('outline', outline[0].length, text, depth, true);
  }
  const number = NUMBER.exec(text);
  if (number) return marker('number', number[0].length, text, 1, false);
  const romanLower = ROMAN_LOWER.exec(text);
  if (romanLower) return marker('roman', romanLower[0].length, text, 2, false);
  const romanUpper = ROMAN_UPPER.exec(text);
  if (romanUpper) return marker('roman', romanUpper[0].length, text, 1, true);
  const letter = LETTER.exec(text) ?? UPPER_LETTER_DOT.exec(text);
  if (letter) return marker('letter', letter[0].length, text, 2, false);
  return null;
}

function marker(
  style: MarkerStyle,
  textOffset: number,
  text: string,
  depth: number,
  sectionLike: boolean,
): LineMarker {
  return { style, textOffset, bare: textOffset >= text.length, depth, sectionLike };
}

const INLINE_GLYPH = new RegExp(`\\s[${GLYPHS}]\\s*(?=\\S)`, 'g');

/**
 * Offsets where a glyph bullet starts a new item inside a line ("• one • two"), as PDFs print
 * short bullets side by side. Dashes are left alone: inside a line they are punctuation.
 */
export function inlineBulletStarts(text: string): number[] {
  const starts: number[] = [];
  for (const match of text.matchAll(INLINE_GLYPH)) starts.push(match.index + 1);
  return starts;
}
