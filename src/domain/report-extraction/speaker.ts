import { CUE_LEXICONS, type CueLexicon } from './cue-lexicon';
import { lexiconPattern, readCues, wordPattern } from './cues';

/**
 * Who speaks in a sentence of a workshop report: "Mr. X, Joint Secretary, MoEWOE, said that
 * …", "In her remarks, Dr. Y stressed …", "Participants suggested …", "He also noted …".
 */

export type SpeakerKind = 'named' | 'group' | 'event' | 'pronoun' | 'none';

export interface SpeakerReading {
  kind: SpeakerKind;
  /** The speaker as the report names them (named and group speakers only). */
  name: string | null;
  /** Where what is reported begins (after "… said"); 0 when no speaker was read. */
  after: number;
}

type ListName = {
  [K in keyof CueLexicon]: CueLexicon[K] extends string[] ? K : never;
}[keyof CueLexicon];

const all = (list: ListName) => CUE_LEXICONS.flatMap((lexicon) => lexicon[list]).join('|');

const SPEECH_VERB = lexiconPattern('speechVerbs', 'i');
const OPENER = new RegExp(`^(?:${all('speakerOpeners')})\\s*,?\\s*`, 'iu');
const DISCUSSION_OPENER =
  /^(?:during|in) the ((?:open|floor|plenary|general|panel|group) (?:discussions?|session))/iu;
const HONORIFIC_START = new RegExp(`^(?:${all('honorifics')})(?=[\\s.]|$)`, 'u');
const GROUP = wordPattern([all('speakerGroups')], 'i');
const GROUP_ONLY = new RegExp(`^(?:${all('speakerGroups')})(?: (?:of|from|at) .{1,60})?$`, 'iu');
const EVENT_ONLY = new RegExp(`^(?:${all('eventNouns')})$`, 'iu');
const PRONOUN = new RegExp(`^(?:${all('pronouns')})$`, 'iu');
const OCCASION_AFTER = new RegExp(`[\\s,]+(?:${all('speakingOccasions')})$`, 'iu');
const CLAUSE_OPENER = new RegExp(`^(?:${all('clauseOpeners')})\\s`, 'iu');
const TRAILING_ADVERBS =
  /(?:[\s,]+(?:also|further|then|strongly|rightly|again|however|categorically|particularly|specifically|firmly|clearly))+$/iu;
const LOWER_ALLOWED = new Set('of the and for on in at from de al to a an'.split(' '));
/** Speakers are named within the first words; a verb further on reports something else. */
const SEARCH_LIMIT = 260;
const MAX_SPEAKER_WORDS = 22;

const NONE: SpeakerReading = { kind: 'none', name: null, after: 0 };

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function looksLikeName(prefix: string): boolean {
  const words = prefix.split(/\s+/);
  if (words.length > MAX_SPEAKER_WORDS) return false;
  if (!HONORIFIC_START.test(prefix) && !/^[\p{Lu}\p{Lo}]/u.test(prefix)) return false;
  const lower = words.filter(
    (word) => /^\p{Ll}/u.test(word) && !LOWER_ALLOWED.has(word.replace(/[,.]$/, '')),
  );
  return lower.length <= 3;
}

/**
 * The subject of "Thanking the organisers, he said" or "As the chair, GoB requested" is what
 * follows the last comma; "Mr. X, Secretary, MoEWOE" keeps its commas.
 */
function subjectOf(prefix: string): string {
  const trimmed = prefix
    .replace(/[\s,]+$/u, '')
    .replace(TRAILING_ADVERBS, '')
    .replace(OCCASION_AFTER, '')
    .replace(/[\s,]+$/u, '');
  const lastComma = trimmed.lastIndexOf(',');
  if (lastComma < 0) return trimmed;
  const tail = trimmed.slice(lastComma + 1).trim();
  if (PRONOUN.test(tail) || CLAUSE_OPENER.test(trimmed)) return tail;
  return trimmed;
}

function classify(prefix: string): Omit<SpeakerReading, 'after'> {
  // "Migrants must be protected, said Dr. X": the call, not the speaker, comes first.
  if (prefix === '' || readCues(prefix).strength !== null) return { kind: 'none', name: null };
  if (PRONOUN.test(prefix)) return { kind: 'pronoun', name: null };
  if (/^it$/iu.test(prefix.split(/\s+/)[0] ?? '')) return { kind: 'none', name: null };
  if (EVENT_ONLY.test(prefix)) return { kind: 'event', name: null };
  if (GROUP_ONLY.test(prefix)) return { kind: 'group', name: capitalise(prefix) };
  if (looksLikeName(prefix)) return { kind: 'named', name: prefix };
  if (GROUP.test(prefix) && prefix.split(/\s+/).length <= 6) {
    return { kind: 'group', name: capitalise(prefix) };
  }
  return { kind: 'none', name: null };
}

/** '“…,” said one returnee from Qatar.': the speaker after the quotation. */
const SPEAKER_AFTER_QUOTE = new RegExp(
  `[,.!?]["'”’]\\s+(?:${CUE_LEXICONS.flatMap((lexicon) => lexicon.speechVerbs).join('|')})\\s+([^,.;]{2,80})\\.?$`,
  'i',
);

export function readSpeaker(sentence: string): SpeakerReading {
  const quoted = SPEAKER_AFTER_QUOTE.exec(sentence);
  if (quoted?.[1]) {
    const reading = classify(quoted[1].trim());
    if (reading.kind === 'named' || reading.kind === 'group') return { ...reading, after: 0 };
  }
  let text = sentence;
  let offset = 0;
  let discussion: string | null = null;
  for (let opener = OPENER.exec(text); opener && opener[0] !== ''; opener = OPENER.exec(text)) {
    discussion = DISCUSSION_OPENER.exec(text)?.[1] ?? discussion;
    offset += opener[0].length;
    text = text.slice(opener[0].length);
  }
  const verb = SPEECH_VERB.exec(text.slice(0, SEARCH_LIMIT));
  const reading = verb ? classify(subjectOf(text.slice(0, verb.index))) : NONE;
  if (reading.kind === 'none') {
    return discussion ? { kind: 'group', name: capitalise(discussion), after: offset } : NONE;
  }
  return { ...reading, after: offset + (verb ? verb.index + verb[0].length : 0) };
}
