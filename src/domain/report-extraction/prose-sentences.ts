/**
 * Splits running prose into sentences without tripping on "Mr.", "e.g.", "No. 5", "3.5 per
 * cent", initials ("A. K. M. Rahman") or the full stops inside a quotation. One pass over the
 * characters; no regular expression looks further than a word. "etc." is left out of the
 * abbreviations on purpose: it ends sentences more often than not, and a lowercase word after
 * any full stop already keeps the sentence whole.
 */

export interface SentenceSpan {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(
  [
    'mr',
    'ms',
    'mrs',
    'dr',
    'prof',
    'st',
    'no',
    'nos',
    'govt',
    'gov',
    'e.g',
    'i.e',
    'vs',
    'viz',
    'cf',
    'jr',
    'sr',
    'co',
    'ltd',
    'inc',
    'dept',
    'md',
    'mst',
    'engr',
    'hon',
    'approx',
    'fig',
    'vol',
    'pp',
    'p',
    'para',
    'art',
    'sec',
    'ch',
    'tk',
    'rs',
    'u.s',
    'u.k',
    'u.n',
    'a.m',
    'p.m',
    'ph.d',
    'h.e',
    'jan',
    'feb',
    'mar',
    'apr',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
    'est',
    'ref',
    'op',
    'al',
  ].map((word) => word.toLowerCase()),
);

const TERMINATORS = new Set(['.', '!', '?', '।', '॥']);
const CLOSERS = new Set(['.', '!', '?', '।', '"', "'", '”', '’', ')', ']']);
const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}$/u;
/** A quotation longer than this is taken for an unmatched mark, not a quotation. */
const LONGEST_QUOTE = 600;

function quoteSpans(text: string): Array<[number, number]> {
  const result: Array<[number, number]> = [];
  let straightOpen = -1;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '“') {
      const close = text.indexOf('”', i + 1);
      if (close > 0 && close - i <= LONGEST_QUOTE) {
        result.push([i, close]);
        i = close;
      }
    } else if (ch === '"') {
      if (straightOpen < 0) straightOpen = i;
      else {
        if (i - straightOpen <= LONGEST_QUOTE) result.push([straightOpen, i]);
        straightOpen = -1;
      }
    }
  }
  return result;
}

function wordBefore(text: string, dot: number): string {
  let start = dot;
  while (start > 0 && !/[\s(“"‘']/u.test(text.charAt(start - 1))) start -= 1;
  return text.slice(start, dot);
}

function isAbbreviationStop(text: string, dot: number): boolean {
  const word = wordBefore(text, dot);
  if (word === '') return false;
  return ABBREVIATIONS.has(word.toLowerCase()) || INITIALS.test(word);
}

export function splitSentences(text: string): SentenceSpan[] {
  const quotes = quoteSpans(text);
  // Sentence ends are met left to right, so one cursor walks the (ordered) quotations.
  let cursor = 0;
  const inQuote = (index: number) => {
    while ((quotes[cursor]?.[1] ?? Number.POSITIVE_INFINITY) < index) cursor += 1;
    const quote = quotes[cursor];
    return quote !== undefined && index > quote[0] && index < quote[1];
  };
  const sentences: SentenceSpan[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (!TERMINATORS.has(text.charAt(i))) continue;
    let end = i + 1;
    while (end < text.length && CLOSERS.has(text.charAt(end))) end += 1;
    if (end < text.length && !/\s/u.test(text.charAt(end))) continue;
    let next = end;
    while (next < text.length && /\s/u.test(text.charAt(next))) next += 1;
    if (next < text.length) {
      if (/\p{Ll}/u.test(text.charAt(next))) continue;
      if (text.charAt(i) === '.' && isAbbreviationStop(text, i)) continue;
      if (inQuote(end - 1)) continue;
    }
    pushTrimmed(sentences, text, start, end);
    start = next;
    i = end - 1;
  }
  pushTrimmed(sentences, text, start, text.length);
  return sentences;
}

function pushTrimmed(into: SentenceSpan[], text: string, from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && /\s/u.test(text.charAt(start))) start += 1;
  while (end > start && /\s/u.test(text.charAt(end - 1))) end -= 1;
  if (end > start) into.push({ start, end });
}
