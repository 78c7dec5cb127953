import { BUILT_IN_ACTORS, STAGE_IDS, type StageId } from '../taxonomy';
import { TAG_PHRASES, type TagPhrase } from './tag-phrases';
import { BANGLA_TAG_PHRASES } from './tag-phrases-bn';

/**
 * Stages, actors and GCM objectives a passage names, from TAG_PHRASES and the built-in actors'
 * names and abbreviations. Phrases are matched on word tokens through an index by first word,
 * so a report of thousands of candidates is tagged in one pass each, not one regex per phrase.
 */

export interface SuggestedTags {
  stageIds: StageId[];
  actorIds: string[];
  gcmObjectives: number[];
}

interface CompiledPhrase {
  words: string[];
  exactCase: boolean;
  tags: TagPhrase;
}

interface Token {
  word: string;
  lower: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

function tokenise(text: string): Token[] {
  return Array.from(text.matchAll(WORD), (match) => ({
    word: match[0],
    lower: match[0].toLowerCase(),
  }));
}

function variants(phrase: TagPhrase): CompiledPhrase[] {
  const exactCase = phrase.exactCase === true;
  const words = tokenise(phrase.phrase).map((token) => (exactCase ? token.word : token.lower));
  const compiled = [{ words, exactCase, tags: phrase }];
  // "pre-departure" is also printed "predeparture".
  const hyphenated = phrase.phrase.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu) ?? [];
  for (const compound of hyphenated) {
    const joined = phrase.phrase.replace(compound, compound.replaceAll('-', ''));
    compiled.push({
      words: tokenise(joined).map((t) => (exactCase ? t.word : t.lower)),
      exactCase,
      tags: phrase,
    });
  }
  return compiled;
}

function actorPhrases(): TagPhrase[] {
  return BUILT_IN_ACTORS.flatMap((actor) => [
    { phrase: actor.name, actors: [actor.id] },
    { phrase: actor.abbr, exactCase: true, actors: [actor.id] },
  ]);
}

const INDEX = new Map<string, CompiledPhrase[]>();
for (const phrase of [...actorPhrases(), ...TAG_PHRASES, ...BANGLA_TAG_PHRASES]) {
  for (const compiled of variants(phrase)) {
    const first = compiled.words[0]?.toLowerCase();
    if (!first) continue;
    const bucket = INDEX.get(first);
    if (bucket) bucket.push(compiled);
    else INDEX.set(first, [compiled]);
  }
}

/**
 * Endings Bangla joins to a noun (of, to, in, the plural, the article): মন্ত্রণালয়ের,
 * এজেন্সিগুলোর, বিএমইটিকে. A Bangla phrase's words match with one of them added.
 */
const BANGLA_ENDINGS = [
  'ের',
  'এর',
  'র',
  'কে',
  'তে',
  'ে',
  'য়',
  'রা',
  'দের',
  'গুলো',
  'গুলোর',
  'গুলোকে',
  'সমূহ',
  'সমূহের',
  'টি',
  'টির',
  'ও',
  'ই',
].map((ending) => ending.normalize('NFC'));
const BANGLA_LETTER = /[\u0980-\u09FF]/;

/** The token itself and, for a Bangla word, the word without each ending it may carry. */
function stems(token: string): string[] {
  if (!BANGLA_LETTER.test(token)) return [token];
  const bare = BANGLA_ENDINGS.filter(
    (ending) => token.length > ending.length && token.endsWith(ending),
  ).map((ending) => token.slice(0, -ending.length));
  return [token, ...bare];
}

function matchesAt(tokens: readonly Token[], at: number, phrase: CompiledPhrase): boolean {
  return phrase.words.every((word, k) => {
    const token = tokens[at + k];
    if (token === undefined) return false;
    const text = phrase.exactCase ? token.word : token.lower;
    return text === word || stems(text).includes(word);
  });
}

const STAGE_ORDER = new Map(STAGE_IDS.map((id, index) => [id, index]));
const ACTOR_ORDER = new Map(BUILT_IN_ACTORS.map((actor, index) => [actor.id, index]));

export function suggestTags(text: string): SuggestedTags {
  const stages = new Set<StageId>();
  const actors = new Set<string>();
  const gcm = new Set<number>();
  const tokens = tokenise(text);
  tokens.forEach((token, at) => {
    const candidates = stems(token.lower).flatMap((stem) => INDEX.get(stem) ?? []);
    for (const phrase of new Set(candidates)) {
      if (!matchesAt(tokens, at, phrase)) continue;
      for (const stage of phrase.tags.stages ?? []) stages.add(stage);
      for (const actor of phrase.tags.actors ?? []) actors.add(actor);
      for (const objective of phrase.tags.gcm ?? []) gcm.add(objective);
    }
  });
  return {
    stageIds: [...stages].sort((a, b) => (STAGE_ORDER.get(a) ?? 0) - (STAGE_ORDER.get(b) ?? 0)),
    actorIds: [...actors].sort((a, b) => (ACTOR_ORDER.get(a) ?? 0) - (ACTOR_ORDER.get(b) ?? 0)),
    gcmObjectives: [...gcm].sort((a, b) => a - b),
  };
}
