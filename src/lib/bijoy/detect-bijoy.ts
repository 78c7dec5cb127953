/**
 * Tells Bijoy-encoded Bangla ("evsjv‡`k") from English, URLs, numbers and Unicode Bangla.
 * Each word gets evidence for both sides. A sentence that is mostly Bijoy is converted whole
 * (its "I", "Kiv", numbers included); elsewhere only runs of Bijoy words are. Thresholds were
 * tuned on detect-bijoy.test.ts: every Bijoy fixture is found, no English report sentence is.
 */

export interface TextRun {
  start: number;
  end: number;
}

type Side = 'bijoy' | 'english' | 'open' | 'protected';

interface Word {
  start: number;
  end: number;
  side: Side;
  bijoy: number;
  english: number;
  /** Last word of a sentence: ends with . ? ! | : ; or a line break follows. */
  closes: boolean;
  convert: boolean;
}

function codes(chars: string): ReadonlySet<number> {
  return new Set([...chars].map((char) => char.charCodeAt(0)));
}

/** Bijoy glyphs that English writes next to a letter only in rare names: 1.5 when touching one. */
const TOUCHING_MARKERS = codes('Š¨ª¯¤¸¹º¼½¾¿¦¥´ŸœŒšƒ¡¢×÷¬§¶');
/** Pre-base vowel glyphs (also footnote daggers): 2 when a letter follows. */
const PRE_BASE_MARKERS = codes('‡†ˆ‰');
/** Glyphs that are also typography or units: 2 only between two letters (not ’ — &: English). */
const BETWEEN_MARKERS = codes('©®°±·µ³²™•˜‹›”“‘–…„‚«»`^~');
const STOP_WORDS = new Set(
  (
    'the of and to in for on with by from at as an or be are was were has have had been will ' +
    'would should could can may must not this that these those their there they them its it ' +
    'our we you your he she his her who which what when where how than then also into over ' +
    'under about after before between through during all any each more most other some such ' +
    'only own same so too very just but if because while both few no nor off out up down again ' +
    'further once here why do does did doing being per via vs etc see said'
  ).split(' '),
);
/** English stop words that are also everyday Bijoy words (me = সব, is = রং). */
const WEAK_STOP_WORDS = new Set(['me', 'is']);
/**
 * Letter pairs common in Bijoy and near absent from English: া after a consonant key (Kv) or
 * before one (vb, v‡), ি before one (wK, w³), য় without u (nq), ী after a consonant (mx).
 * An upper-case key counts only if no English-looking lower case follows (allowReturn).
 */
const BIJOY_PATTERNS = new RegExp(
  '[K-Z`_]v|v[b-dfghj-nqs-tv-xz`_\\u00A1-\\uFFFF]|w[b-dfgjkmpqtvxz`_\\u00A1-\\uFFFF]|' +
    '[vw][A-Z](?![aeiouhlr])|q(?!u)|[bcdfghjkmnpt]x',
  'g',
);
/** URLs, e-mail addresses, domains, #tags and @names, paths and identifiers (a/b, x#1, k=v). */
const ADDRESS = new RegExp(
  ':\\/\\/|^[^a-z]*www\\.|[^\\s@]+@[^\\s@]+\\.[a-z]{2,}|^[a-z0-9-]+(\\.[a-z0-9-]+)+\\/?$|' +
    '^[#@]\\w|[a-z][/\\\\#=][a-z]',
  'i',
);
/** Markdown code: a fence line, or `code` of plain ASCII opening and closing at word edges. */
const CODE = /```[^\n]*|(?<![^\s([{"'])(``?)[^`\n\u0080-\uFFFF]+\1(?![^\s.,;:!?)\]}"'|s])/g;
/** Markup and code symbols no Bijoy word contains (inside a word, after edge punctuation). */
const MARKUP = /[<>={}[\]*\\]/;
const EDGE_PUNCTUATION = codes('"\'()[]{}<>,.;:!?*');
/** Characters that make a word worth testing against ADDRESS. */
const ADDRESS_HINTS = codes('.@:#/\\=');
/** A word ending with one of these (before closing quotes or brackets) ends a sentence. */
const SENTENCE_ENDS = codes('.?!|:;');
/** Least Bijoy evidence for a sentence or a run of words to count (one odd "Avg" does not). */
const MIN_EVIDENCE = 2;
/** Share of a sentence's decided words that must be Bijoy to convert the whole sentence. */
const SENTENCE_SHARE = 0.6;

/** ASCII letters, ` and _ (দ, থ) and the Bijoy glyphs above U+00A0 (NaN: no character). */
function isLetterLike(code: number): boolean {
  if (((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || code === 0x60 || code === 0x5f)
    return true;
  return code > 0xa0 && code !== 0x2019 && code !== 0x2014;
}

const ENGLISH_AFTER_CAPITAL = codes('aeiouhlr');

function isLowerCase(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/** Characters a Bijoy document can hold; Unicode Bangla, Cyrillic or emoji are not Bijoy. */
function inRepertoire(code: number): boolean {
  return (code >= 0x20 && code <= 0xff) || (code >= 0x2013 && code <= 0x2026) || EXTRA.has(code);
}
const EXTRA = codes('ŒœŠšŸƒˆ˜‰‹›™\u2212');

function trimPunctuation(token: string): string {
  let start = 0;
  let end = token.length;
  while (start < end && EDGE_PUNCTUATION.has(token.charCodeAt(start))) start += 1;
  while (end > start && EDGE_PUNCTUATION.has(token.charCodeAt(end - 1))) end -= 1;
  return token.slice(start, end);
}

interface Shape {
  letters: number;
  letterLike: number;
  vs: number;
  caseChanges: number;
  markers: number;
}

function markerWeight(code: number, before: boolean, after: boolean): number {
  if (PRE_BASE_MARKERS.has(code)) return after ? 2 : 0;
  if (TOUCHING_MARKERS.has(code)) return before || after ? 1.5 : 0;
  if (BETWEEN_MARKERS.has(code)) return before && after ? 2 : 0;
  return code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7 ? 0.5 : 0;
}

/** One pass over a word: its letters, its v's, lower→upper changes and Bijoy glyph evidence. */
function shapeOf(core: string): Shape {
  const shape: Shape = { letters: 0, letterLike: 0, vs: 0, caseChanges: 0, markers: 0 };
  let previous = Number.NaN;
  let code = core.charCodeAt(0);
  for (let index = 0; index < core.length; index += 1) {
    const next = index + 1 < core.length ? core.charCodeAt(index + 1) : Number.NaN;
    if (isLowerCase(code | 0x20)) shape.letters += 1;
    if (code === 0x76) shape.vs += 1;
    // An upper-case key after lower case, unless English lower case follows (allowReturn).
    if (code >= 0x41 && code <= 0x5a && isLowerCase(previous) && !ENGLISH_AFTER_CAPITAL.has(next)) {
      shape.caseChanges += 1;
    }
    // Only `, ^, ~ and characters past ASCII can be Bijoy glyphs.
    if (code > 0x7f || code === 0x60 || code === 0x5e || code === 0x7e) {
      shape.markers += markerWeight(code, isLetterLike(previous), isLetterLike(next));
    }
    if (isLetterLike(code)) shape.letterLike += 1;
    previous = code;
    code = next;
  }
  if (core.endsWith('|') && shape.letters > 0) shape.markers += 1;
  return shape;
}

function englishEvidence(core: string, shape: Shape, patterns: number): number {
  if (shape.letters === 0 || shape.markers > 0) return 0;
  const lower = core.toLowerCase();
  if (WEAK_STOP_WORDS.has(lower)) return 1;
  if (STOP_WORDS.has(lower)) return 3;
  if (patterns > 0) return 0;
  if (/^[a-z]+['’][a-z]{1,2}$/i.test(core)) return 2;
  if (!/^(?=.{3})([A-Z]?[a-z]+|[A-Z]+)(['’]s)?$/.test(core)) return 0;
  return /(ing|tion|ment|ness|ed|ly|ity|ous|ance|ence|ship|able|ers)$/.test(lower) ? 2 : 1.5;
}

/** Whether the word ends a sentence: . ? ! | : ; before any closing quotes or brackets. */
function endsSentence(token: string): boolean {
  let end = token.length - 1;
  while (end > 0 && '"\')]'.includes(token.charAt(end))) end -= 1;
  return SENTENCE_ENDS.has(token.charCodeAt(end));
}

function scoreWord(token: string, start: number): Word {
  const end = start + token.length;
  const closes = endsSentence(token);
  const word: Word = { start, end, closes, convert: false, side: 'open', bijoy: 0, english: 0 };
  let addressHint = false;
  for (let index = 0; index < token.length; index += 1) {
    const code = token.charCodeAt(index);
    if (!inRepertoire(code)) word.side = 'protected';
    if (ADDRESS_HINTS.has(code)) addressHint = true;
  }
  if (addressHint && ADDRESS.test(token)) word.side = 'protected';
  const core = trimPunctuation(token);
  if (MARKUP.test(core)) word.side = 'protected';
  const shape = shapeOf(core);
  if (word.side === 'protected' || shape.letterLike === 0) return word;
  const patterns = Math.min(core.match(BIJOY_PATTERNS)?.length ?? 0, 3);
  // া (v) is Bijoy's most frequent letter; English rarely gives v a third of a word.
  const manyV = shape.letters >= 3 && shape.vs / shape.letters >= 0.3 ? 0.5 : 0;
  const caseChanges = 0.5 * Math.min(shape.caseChanges, 3);
  word.bijoy = Math.min(shape.markers, 6) + patterns + manyV + caseChanges;
  word.english = englishEvidence(core, shape, patterns);
  if (word.bijoy - word.english >= 1) word.side = 'bijoy';
  else if (word.english - word.bijoy >= 1) word.side = 'english';
  return word;
}

function splitWords(text: string): Word[] {
  const code = [...(text.includes('`') ? text.matchAll(CODE) : [])].map((span) => ({
    start: span.index,
    end: span.index + span[0].length,
  }));
  let nextCode = 0;
  const words: Word[] = [];
  let offset = 0;
  // Odd parts are the whitespace between words; a line break ends a sentence.
  text.split(/(\s+)/).forEach((part, index) => {
    const previous = words.at(-1);
    if (index % 2 === 1 && previous && part.includes('\n')) previous.closes = true;
    if (index % 2 === 0 && part !== '') {
      const word = scoreWord(part, offset);
      while ((code[nextCode]?.end ?? Infinity) <= word.start) nextCode += 1;
      if ((code[nextCode]?.start ?? Infinity) < word.end) word.side = 'protected';
      words.push(word);
    }
    offset += part.length;
  });
  return words;
}

/** For each word, `pick` of the nearest word on the given side that is not open (linear). */
function nearest<T>(words: readonly Word[], step: 1 | -1, pick: (word: Word) => T) {
  const found: Array<T | undefined> = new Array(words.length).fill(undefined);
  let last: T | undefined;
  for (let index = step === 1 ? 0 : words.length - 1; words[index]; index += step) {
    found[index] = last;
    const word = words[index];
    if (word && word.side !== 'open') last = pick(word);
  }
  return found;
}

/**
 * Marks the words of one sentence to convert. English-looking words join the Bijoy when
 * Bijoy is on both sides, or anywhere in a mostly Bijoy sentence if only weakly English
 * ("Kiv" = করা); stop words never do. Numbers and single letters follow their neighbours.
 */
function markSentence(sentence: readonly Word[]): void {
  const bijoyWords = sentence.filter((word) => word.side === 'bijoy');
  const englishWords = sentence.filter((word) => word.side === 'english').length;
  const evidence = bijoyWords.reduce((sum, word) => sum + word.bijoy, 0);
  const share = bijoyWords.length / Math.max(1, bijoyWords.length + englishWords);
  const mostlyBijoy = evidence >= MIN_EVIDENCE && share >= SENTENCE_SHARE;
  const leftSide = nearest(sentence, 1, (word) => word.side);
  const rightSide = nearest(sentence, -1, (word) => word.side);
  sentence.forEach((word, index) => {
    const between = leftSide[index] === 'bijoy' && rightSide[index] === 'bijoy';
    if (word.side === 'bijoy') word.convert = true;
    if (word.side !== 'english') return;
    word.convert = word.english < 3 && (between || (mostlyBijoy && word.english < 2));
  });
  const leftConverts = nearest(sentence, 1, (word) => word.convert);
  const rightConverts = nearest(sentence, -1, (word) => word.convert);
  sentence.forEach((word, index) => {
    const [left, right] = [leftConverts[index], rightConverts[index]];
    if (word.side === 'open') word.convert = left !== false && right !== false && !!(left || right);
  });
}

function analyse(text: string): { runs: TextRun[]; bijoyWords: number; englishWords: number } {
  const words = splitWords(text);
  let first = 0;
  words.forEach((word, index) => {
    if (!word.closes && index < words.length - 1) return;
    markSentence(words.slice(first, index + 1));
    first = index + 1;
  });
  const runs: TextRun[] = [];
  let [bijoyWords, englishWords] = [0, 0];
  let run: Word[] = [];
  for (const word of [...words, undefined]) {
    if (word?.convert) {
      run.push(word);
      continue;
    }
    const [head, tail] = [run[0], run.at(-1)];
    // One odd word ("Avg", "Lviv") is not enough: a Bijoy run carries two signs or more.
    const kept = head && tail && run.reduce((sum, each) => sum + each.bijoy, 0) >= MIN_EVIDENCE;
    if (kept) runs.push({ start: head.start, end: tail.end });
    if (kept) bijoyWords += run.filter((each) => each.side !== 'open').length;
    const left = kept ? [word] : [...run, word];
    englishWords += left.filter((each) => each?.side === 'english').length;
    run = [];
  }
  return { runs, bijoyWords, englishWords };
}

/** Share of the text's decided words that are Bijoy, from 0 (none) to 1 (all). */
export function bijoyScore(text: string): number {
  const { bijoyWords, englishWords } = analyse(text);
  const decided = bijoyWords + englishWords;
  return decided === 0 ? 0 : bijoyWords / decided;
}

/** True when the text as a whole reads as Bijoy-encoded Bangla and is worth offering to convert. */
export function looksLikeBijoy(text: string): boolean {
  return bijoyScore(text) >= SENTENCE_SHARE;
}

/** Spans of `text` that are Bijoy, in order; everything between them is left as it is. */
export function findBijoyRuns(text: string): TextRun[] {
  return analyse(text).runs;
}
