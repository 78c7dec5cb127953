import { CUE_LEXICONS } from './cue-lexicon';
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
  /** Where the reported content begins, after "said that"; 0 when nothing is reported. */
  contentStart: number;
}

const all = (list: 'honorifics' | 'speakerGroups' | 'eventNouns' | 'speakerOpeners' | 'pronouns') =>
  CUE_LEXICONS.flatMap((lexicon) => lexicon[list]);

const SPEECH_VERB = lexiconPattern('speechVerbs', 'iu');
const OPENER = new RegExp(`^(?:${all('speakerOpeners').join('|')})\\s*,?\\s*`, 'iu');
const DISCUSSION_OPENER =
  /^(?:during|in) the ((?:open|floor|plenary|general|panel|group) (?:discussions?|session))/iu;
const HONORIFIC_START = new RegExp(`^(?:${all('honorifics').join('|')})(?=[\\s.]|$)`, 'u');
const GROUP = wordPattern(all('speakerGroups'), 'iu');
const GROUP_ONLY = new RegExp(
  `^(?:${all('speakerGroups').join('|')})(?: (?:of|from|at) .{1,60})?$`,
  'iu',
);
const EVENT_ONLY = new RegExp(`^(?:${all('eventNouns').join('|')})$`, 'iu');
const PRONOUN_ONLY = new RegExp(`^(?:${all('pronouns').join('|')})$`, 'iu');
const TRAILING_ADVERBS =
  /(?:[\s,]+(?:also|further|then|strongly|rightly|again|however|categorically|particularly|specifically|firmly|clearly))+$/iu;
const THAT_AFTER = /^(?:\s+(?:strongly|also|further|firmly|clearly))?\s+that\s+/iu;
const LOWER_ALLOWED = new Set([
  'of',
  'the',
  'and',
  'for',
  'on',
  'in',
  'at',
  'from',
  'de',
  'al',
  'to',
  'a',
  'an',
]);
/** Speakers are named within the first words; a verb further on reports something else. */
const SEARCH_LIMIT = 260;
const MAX_SPEAKER_WORDS = 22;

const NONE: SpeakerReading = { kind: 'none', name: null, contentStart: 0 };

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

function classify(prefix: string): Pick<SpeakerReading, 'kind' | 'name'> {
  // "Migrants must be protected, said Dr. X": the call, not the speaker, comes first.
  if (prefix === '' || readCues(prefix).strength !== null) return { kind: 'none', name: null };
  if (PRONOUN_ONLY.test(prefix)) return { kind: 'pronoun', name: null };
  if (/^it$/iu.test(prefix.split(/\s+/)[0] ?? '')) return { kind: 'none', name: null };
  if (EVENT_ONLY.test(prefix)) return { kind: 'event', name: null };
  if (GROUP_ONLY.test(prefix)) return { kind: 'group', name: capitalise(prefix) };
  if (looksLikeName(prefix)) return { kind: 'named', name: prefix };
  if (GROUP.test(prefix) && prefix.split(/\s+/).length <= 6) {
    return { kind: 'group', name: capitalise(prefix) };
  }
  return { kind: 'none', name: null };
}

export function readSpeaker(sentence: string): SpeakerReading {
  let text = sentence;
  let offset = 0;
  let discussion: string | null = null;
  for (let opener = OPENER.exec(text); opener && opener[0] !== ''; opener = OPENER.exec(text)) {
    discussion = DISCUSSION_OPENER.exec(text)?.[1] ?? discussion;
    offset += opener[0].length;
    text = text.slice(opener[0].length);
  }
  const verb = SPEECH_VERB.exec(text.slice(0, SEARCH_LIMIT));
  if (!verb) return discussion ? groupFrom(discussion) : NONE;
  const prefix = text
    .slice(0, verb.index)
    .trim()
    .replace(TRAILING_ADVERBS, '')
    .replace(/[\s,]+$/u, '');
  const { kind, name } = classify(prefix);
  if (kind === 'none') return discussion ? groupFrom(discussion) : NONE;
  const afterVerb = verb.index + verb[0].length;
  const that = THAT_AFTER.exec(text.slice(afterVerb));
  // Without "that" the speaker stays in the passage; an opener ("In his remarks,") does not.
  return { kind, name, contentStart: that ? offset + afterVerb + that[0].length : offset };
}

function groupFrom(discussion: string): SpeakerReading {
  return { kind: 'group', name: capitalise(discussion), contentStart: 0 };
}
