import { BUILT_IN_ACTORS } from '../taxonomy';

/**
 * Organiser names from "organised by X, Y and Z in collaboration with W": split on commas,
 * "and", "&" and the collaboration phrases, but never inside a known organisation's name
 * ("Ministry of Expatriates' Welfare and Overseas Employment"). Names are capitalised, so the
 * run of names ends at the first lowercase word that is not a joining word ("…IID focused on").
 */

const COLLABORATION =
  /\s+(?:in (?:collaboration|partnership|association|cooperation) with|together with|jointly with|with the (?:support|cooperation) of|supported by|with support from)\s+/giu;
const SEPARATORS = /\s*[,;&]\s*(?:and\s+)?|\s+and\s+/u;
/** Private-use marks hold a protected name's place while the rest is split. */
const PLACEHOLDER = /\uE000(\d+)\uE001/gu;
const MAX_WORDS = 12;
const JOINING_WORDS = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'de', 'du', 'la', 'to']);

const KNOWN_NAMES = BUILT_IN_ACTORS.map((actor) => actor.name)
  .filter((name) => /[,&]|\sand\s/.test(name))
  .sort((a, b) => b.length - a.length);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const KNOWN = KNOWN_NAMES.map(
  (name) => new RegExp(escapeRegExp(name).replace(/'/g, "['’]?"), 'giu'),
);

function isJoiningOrName(word: string): boolean {
  return !/^\p{Ll}/u.test(word) || JOINING_WORDS.has(word.replace(/[,;.]$/u, ''));
}

/** The text up to the first lowercase word that no organisation name would hold. */
function nameRun(text: string): string {
  const words = text.split(/\s+/);
  const stop = words.findIndex((word) => !isJoiningOrName(word));
  return (stop < 0 ? words : words.slice(0, stop)).join(' ');
}

/** "the Europe-based diaspora organization" describes an organiser; it does not name one. */
function isName(part: string): boolean {
  const words = part.split(/\s+/).filter((word) => !JOINING_WORDS.has(word.toLowerCase()));
  const capitalised = words.filter((word) => /^[\p{Lu}\p{Lo}\d(]/u.test(word)).length;
  return words.length > 0 && capitalised * 2 >= words.length;
}

/** Organisers named after "organised by": the names stop where the sentence goes on. */
export function organisersNamedAfterBy(text: string): string[] {
  return splitOrganisers(nameRun(text.replace(COLLABORATION, ', ')));
}

export function splitOrganisers(text: string): string[] {
  const kept: string[] = [];
  let protectedText = text.replace(COLLABORATION, ', ');
  for (const pattern of KNOWN) {
    protectedText = protectedText.replace(pattern, (found) => {
      kept.push(found);
      return `\uE000${kept.length - 1}\uE001`;
    });
  }
  return protectedText
    .split(SEPARATORS)
    .map((part) =>
      part
        .replace(PLACEHOLDER, (_, index: string) => kept[Number(index)] ?? '')
        .replace(/^(?:the|and)\s+/iu, '')
        .replace(/[\s.,;:]+$/u, '')
        .trim(),
    )
    .filter((part) => part !== '' && part.split(/\s+/).length <= MAX_WORDS && isName(part));
}
