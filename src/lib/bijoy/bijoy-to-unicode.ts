import {
  BANGLA_ONLY_AFTER_LETTER,
  BANGLA_ONLY_BEFORE_LETTER,
  BIJOY_TO_UNICODE,
  REPH_MARK,
} from './bijoy-map';
import { findBijoyRuns } from './detect-bijoy';

const VIRAMA = '্';
const REPH = 'র্';
const ZWNJ = '\u200C';
const CONSONANT = '[\\u0995-\\u09B9\\u09DC\\u09DD\\u09DF]\\u09BC?';
/** A consonant cluster: consonants joined by hasanta (with ZWJ in র‍্য). */
const CLUSTER = `${CONSONANT}(?:\\u200D?${VIRAMA}\\u200D?${CONSONANT})*`;
/** Bijoy types the reph after its cluster, and after া ী ু ূ ৃ ৗ; Unicode puts it first. */
const REPH_AFTER_CLUSTER = new RegExp(
  `(${CLUSTER})([\\u09BE\\u09C0-\\u09C4\\u09D7]*)${REPH_MARK}`,
  'g',
);
/** Bijoy types ি ে ৈ before the cluster they follow in Unicode. */
const PRE_BASE_VOWEL = new RegExp(`([\\u09BF\\u09C7\\u09C8])(${CLUSTER})`, 'g');
/** An explicit hasanta needs ZWNJ only where a consonant follows and would otherwise join. */
const NEEDLESS_ZWNJ = new RegExp(`${VIRAMA}${ZWNJ}(?!${CONSONANT})`, 'g');

/**
 * Single-character glyphs by char code (a dense array: this runs over whole documents), and the
 * few longer sequences (Av, i¨) by the code of their first character.
 */
const SINGLE: Array<string | undefined> = new Array(0x2213).fill(undefined);
const SEQUENCES = new Map<number, Array<readonly [string, string]>>();
const NO_SEQUENCES: ReadonlyArray<readonly [string, string]> = [];
for (const pair of BIJOY_TO_UNICODE) {
  const [bijoy, unicode] = pair;
  const first = bijoy.charCodeAt(0);
  if (bijoy.length === 1) {
    SINGLE[first] ??= unicode;
    continue;
  }
  const list = SEQUENCES.get(first) ?? [];
  list.push(pair);
  list.sort((left, right) => right[0].length - left[0].length);
  SEQUENCES.set(first, list);
}
const AFTER_LETTER = new Set([...BANGLA_ONLY_AFTER_LETTER].map((char) => char.charCodeAt(0)));
const BEFORE_LETTER = new Set([...BANGLA_ONLY_BEFORE_LETTER].map((char) => char.charCodeAt(0)));

/** A code Bijoy draws as a Bangla letter: not a space, digit or ASCII punctuation (NaN: none). */
function isBijoyLetter(code: number): boolean {
  if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) return true;
  if (code === 0x60 || code === 0x5f || code === 0x7e || code === 0x5e) return true;
  return code > 0xa0 && code !== 0x2007 && code !== 0x202f && code !== 0x3000;
}

/** Glyph by glyph, a sequence before its first letter; typography stays where no letter is near. */
function mapCharacters(text: string): string {
  const parts: string[] = [];
  let index = 0;
  outer: while (index < text.length) {
    const code = text.charCodeAt(index);
    for (const [bijoy, unicode] of SEQUENCES.get(code) ?? NO_SEQUENCES) {
      if (!text.startsWith(bijoy, index)) continue;
      parts.push(unicode);
      index += bijoy.length;
      continue outer;
    }
    const unicode = SINGLE[code];
    const typography =
      (AFTER_LETTER.has(code) && !isBijoyLetter(text.charCodeAt(index - 1))) ||
      (BEFORE_LETTER.has(code) && !isBijoyLetter(text.charCodeAt(index + 1)));
    parts.push(unicode === undefined || typography ? text.charAt(index) : unicode);
    index += 1;
  }
  return parts.join('');
}

/** Converts text typed in a Bijoy font to Unicode Bangla (NFC). Every character is read. */
export function convertBijoyToUnicode(text: string): string {
  return (
    mapCharacters(text)
      // A first half (¤ = ম্) meeting a second half (^ = ্ব) doubles the hasanta.
      .replaceAll(VIRAMA + VIRAMA, VIRAMA)
      // Bijoy types u-kar before ya-/ra-phala (ey¨ is ব্যু).
      .replace(/([ুূ])(্[যর])/g, '$2$1')
      .replace(REPH_AFTER_CLUSTER, `${REPH}$1$2`)
      .replaceAll(REPH_MARK, REPH)
      .replace(PRE_BASE_VOWEL, '$2$1')
      // Chandrabindu belongs after the vowel sign.
      .replace(/ঁ([াীুূৃৗ])/g, '$1ঁ')
      // ো and ৌ are typed as two parts around the consonant.
      .replaceAll('\u09C7\u09BE', 'ো')
      .replaceAll('\u09C7\u09D7', 'ৌ')
      .replace(NEEDLESS_ZWNJ, VIRAMA)
      .normalize('NFC')
  );
}

/**
 * Converts only the runs of `text` that look like Bijoy, leaving English, URLs, e-mail
 * addresses and Unicode Bangla exactly as they were.
 */
export function convertBijoySegments(text: string): string {
  let out = '';
  let done = 0;
  for (const run of findBijoyRuns(text)) {
    out += text.slice(done, run.start) + convertBijoyToUnicode(text.slice(run.start, run.end));
    done = run.end;
  }
  return out + text.slice(done);
}
