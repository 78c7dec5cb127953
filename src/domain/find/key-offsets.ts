import { searchKey } from './search-key';

/** A search key with, for each of its UTF-16 units, the original text's range it came from. */
export interface KeyWithOffsets {
  key: string;
  starts: number[];
  ends: number[];
}

const MARK_PATTERN = /\p{M}/u;
const markCache = new Map<number, boolean>();
/** Viramas of the Indic scripts: the consonant after one belongs to the same conjunct. */
const VIRAMAS = new Set([0x094d, 0x09cd, 0x0a4d, 0x0acd, 0x0b4d, 0x0bcd, 0x0c4d, 0x0ccd, 0x0d4d]);

function joinsPrevious(cp: number, previous: number): boolean {
  if (cp === 0x200c || cp === 0x200d || VIRAMAS.has(previous)) return true;
  if (cp < 0x0300) return false;
  let mark = markCache.get(cp);
  if (mark === undefined) {
    mark = MARK_PATTERN.test(String.fromCodePoint(cp));
    markCache.set(cp, mark);
  }
  return mark;
}

/**
 * Builds the same key as `searchKey(text)`, piece by piece: each piece is a character with the
 * marks, joiners and virama-joined consonants that follow it, so a highlight never splits a
 * Bangla conjunct or a letter from its vowel sign. Every key unit maps to its whole piece.
 */
export function keyWithOffsets(text: string): KeyWithOffsets {
  const result: KeyWithOffsets = { key: '', starts: [], ends: [] };
  let pieceStart = 0;
  let previous = -1;
  const flush = (end: number) => {
    if (end === pieceStart) return;
    const folded = searchKey(text.slice(pieceStart, end));
    result.key += folded;
    for (let i = 0; i < folded.length; i++) {
      result.starts.push(pieceStart);
      result.ends.push(end);
    }
    pieceStart = end;
  };
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) ?? 0;
    if (!joinsPrevious(cp, previous)) flush(i);
    previous = cp;
    if (cp > 0xffff) i++;
  }
  flush(text.length);
  return result;
}
