/*
 * Search keys: text folded so that what a person types finds what was stored, whichever
 * keyboard typed either. Keys are compatibility-decomposed (NFKD), not composed: decomposition
 * is local to each character, so a key can be built piece by piece with offsets back into the
 * original text (see key-offsets.ts), and য় typed as U+09DF or as য + nukta, or ো as one code
 * point or ে + া, gives the same key. Keys are compared with each other only; never show or
 * store one.
 */

/** ৎ is also typed as ত + ্ + ZWJ; with ZWJ dropped from keys, both become ত + ্. */
const KHANDA_TA_KEY = '\u09a4\u09cd';
const BANGLA_ZERO = 0x09e6;

const JOINERS = /[\u200c\u200d]/g;
/** Only after a Latin letter: Bangla vowel signs and virama are combining marks too. */
const LATIN_DIACRITICS = /(?<=\p{Script=Latin})[\u0300-\u036f]+/gu;
const BANGLA_DIGITS_OR_KHANDA_TA = /[\u09e6-\u09ef\u09ce]/g;
/** Characters every step leaves as they are but for case: printable ASCII, quotes, dashes. */
const NEEDS_FOLDING = /[^\t\n\r -~\u2013\u2014\u2018\u2019\u201c\u201d]/;
// Tested first: the look-behind over every text cost more than all the other steps together.
const ANY_DIACRITIC = /[\u0300-\u036f]/;
/** A word: letters, digits and the marks that belong to them (Bangla vowel signs, virama). */
const WORD_CHARACTER = /^[\p{L}\p{N}\p{M}]$/u;

function banglaDigitOrKhandaTa(char: string): string {
  const cp = char.charCodeAt(0);
  return cp >= BANGLA_ZERO ? String.fromCharCode(0x30 + cp - BANGLA_ZERO) : KHANDA_TA_KEY;
}

/**
 * The search key of a text: ZWJ and ZWNJ dropped (keys only: stored text keeps them), Latin
 * diacritics dropped, lower-cased (one sigma: the final form depends on context), Bangla digits
 * read as ASCII ones. Lower-casing a decomposed character never changes its length (checked
 * over all of Unicode), and no step looks past a character's own marks, so the key of a text
 * is the keys of its pieces put together (key-offsets.ts relies on it).
 */
export function searchKey(text: string): string {
  if (!NEEDS_FOLDING.test(text)) return text.toLowerCase();
  let key = text.normalize('NFKD').replace(JOINERS, '');
  if (ANY_DIACRITIC.test(key)) key = key.replace(LATIN_DIACRITICS, '');
  return key
    .toLowerCase()
    .replaceAll('ς', 'σ')
    .replace(BANGLA_DIGITS_OR_KHANDA_TA, banglaDigitOrKhandaTa);
}

// 0 not yet known, 1 part of a word, 2 not: a Unicode-property regex per character was the
// slowest step of indexing 50,000 cards.
const unitClass = new Uint8Array(0x10000);
const astralClass = new Map<number, boolean>();

function isWordCodePoint(cp: number): boolean {
  if (cp < 0x80) {
    return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a);
  }
  if (cp <= 0xffff) {
    if (unitClass[cp] === 0) unitClass[cp] = WORD_CHARACTER.test(String.fromCharCode(cp)) ? 1 : 2;
    return unitClass[cp] === 1;
  }
  let word = astralClass.get(cp);
  if (word === undefined) {
    word = WORD_CHARACTER.test(String.fromCodePoint(cp));
    astralClass.set(cp, word);
  }
  return word;
}

/** Calls `visit` with the [start, end) of each word of a search key, in order. */
export function forEachKeyWord(key: string, visit: (start: number, end: number) => void): void {
  let start = -1;
  for (let i = 0; i < key.length; i++) {
    const cp = key.codePointAt(i) ?? 0;
    const word = isWordCodePoint(cp);
    if (word && start < 0) start = i;
    if (!word && start >= 0) {
      visit(start, i);
      start = -1;
    }
    if (cp > 0xffff) i++;
  }
  if (start >= 0) visit(start, key.length);
}

/** The words of a search key, in order. */
export function keyWords(key: string): string[] {
  const words: string[] = [];
  forEachKeyWord(key, (start, end) => words.push(key.slice(start, end)));
  return words;
}

/** The folded words of a text or a query, in order; none for a blank one. */
export function searchWords(text: string): string[] {
  return keyWords(searchKey(text));
}

/** A query with no word in it (blank, punctuation only) filters nothing. */
export function isBlankQuery(query: string): boolean {
  return searchWords(query).length === 0;
}
