import { CUE_LEXICONS, type CueLexicon } from './cue-lexicon';

/*
 * The cue lexicons compiled once into whole-word regular expressions. \b knows only ASCII
 * words and would cut a Bangla word at its vowel sign, so word edges are a class: ASCII word
 * characters and every letter or mark from U+00C0 on, less general punctuation (’ “ –) and the
 * danda. The class keeps the patterns free of the u flag, which makes V8 compile and run these
 * long alternations several times slower (measured on a 300 KB report's cold first run).
 */

const WORD_CHAR = 'A-Za-z0-9_\\u00C0-\\u0963\\u0966-\\u1FFF\\u2070-\\uFFFF';
const BEFORE = `(?<![${WORD_CHAR}])`;
const AFTER = `(?![${WORD_CHAR}])`;

type LexiconList = keyof CueLexicon;

function sourcesOf(list: LexiconList): string[] {
  return CUE_LEXICONS.flatMap((lexicon) => lexicon[list]);
}

/** One alternation over a lexicon list, on whole words; `g` for scanning, anchored for tests. */
export function wordPattern(sources: readonly string[], flags = 'gi'): RegExp {
  return new RegExp(`${BEFORE}(?:${sources.join('|')})${AFTER}`, flags);
}

export function lexiconPattern(list: LexiconList, flags = 'gi'): RegExp {
  return wordPattern(sourcesOf(list), flags);
}

/** Strong, medium and weak cues in one scan; the named group says which matched. */
const ANY_CUE = new RegExp(
  `${BEFORE}(?:(?<strong>${sourcesOf('strong').join('|')})|(?<medium>${sourcesOf('medium').join('|')})|${sourcesOf('weak').join('|')})${AFTER}`,
  'gi',
);
const CANCELLED = lexiconPattern('cancelled');
const NARRATIVE = lexiconPattern('narrative', 'i');
const FORCE_HEADING = lexiconPattern('forceHeadings', 'i');
const NEUTRAL_HEADING = lexiconPattern('neutralHeadings', 'i');
const IMPERATIVE_START = new RegExp(`^(?:${sourcesOf('imperatives').join('|')})${AFTER}`, 'i');
const GERUND_START = new RegExp(
  `^(?:${sourcesOf('imperatives').map(gerund).join('|')})${AFTER}`,
  'i',
);

/** "strengthen" → "strengthening", "mobili[sz]e" → "mobili[sz]ing", "set up" → "setting up". */
function gerund(source: string): string {
  const [verb = '', ...rest] = source.split(' ');
  const doubled = /^(?:set|cut|put)$/.test(verb) ? `${verb}${verb.slice(-1)}` : verb;
  const stem = /[^e]e$/.test(doubled) ? doubled.slice(0, -1) : doubled;
  return [`${stem}ing`, ...rest].join(' ');
}

export type CueStrength = 'strong' | 'medium' | 'weak';

export interface CueReading {
  strength: CueStrength | null;
  /** A passage with a cue also reports the event itself ("was held", "welcomed"). */
  narrative: boolean;
}

function spans(pattern: RegExp, text: string): Array<[number, number]> {
  return Array.from(text.matchAll(pattern), (match) => [
    match.index,
    match.index + match[0].length,
  ]);
}

const STRENGTHS: readonly CueStrength[] = ['weak', 'medium', 'strong'];

/**
 * The strongest call a passage makes, with cancelled uses ("should have") left out. Most
 * sentences of a report make none, so the cancelling spans and the narrative test are only
 * computed once a cue has been seen.
 */
export function readCues(passage: string): CueReading {
  const text = passage.replace(/\s+/g, ' ');
  let rank = -1;
  let cancelled: Array<[number, number]> | null = null;
  for (const match of text.matchAll(ANY_CUE)) {
    const found = match.groups?.strong ? 2 : match.groups?.medium ? 1 : 0;
    if (found <= rank) continue;
    cancelled ??= spans(CANCELLED, text);
    const at = match.index;
    if (cancelled.some(([start, end]) => at >= start && at < end)) continue;
    rank = found;
    if (rank === 2) break;
  }
  const strength = STRENGTHS[rank] ?? null;
  return { strength, narrative: strength !== null && NARRATIVE.test(text) };
}

const LEADING_NOISE = /^[\s"'“‘(*_]+/u;

/** The passage opens with an order: "Strengthen the…", "Ensure that…". */
export function startsWithImperative(passage: string): boolean {
  return IMPERATIVE_START.test(passage.replace(LEADING_NOISE, ''));
}

/** The passage opens with a nominalised order: "Strengthening the…". */
export function startsWithGerund(passage: string): boolean {
  return GERUND_START.test(passage.replace(LEADING_NOISE, ''));
}

export function hasForceWords(text: string): boolean {
  return FORCE_HEADING.test(text);
}

export function hasNeutralWords(text: string): boolean {
  return NEUTRAL_HEADING.test(text);
}
