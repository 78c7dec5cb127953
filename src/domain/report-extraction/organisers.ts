import { BUILT_IN_ACTORS } from '../taxonomy';

/**
 * Organiser names from "organised by X, Y and Z in collaboration with W": split on commas,
 * "and", "&" and the collaboration phrases, but never inside a known organisation's name
 * ("Ministry of Expatriates' Welfare and Overseas Employment").
 */

const COLLABORATION =
  /\s+(?:in (?:collaboration|partnership|association|cooperation) with|together with|jointly with|with the (?:support|cooperation) of|supported by|with support from)\s+/giu;
const SEPARATORS = /\s*[,;&]\s*(?:and\s+)?|\s+and\s+/u;
/** Private-use marks hold a protected name's place while the rest is split. */
const PLACEHOLDER = /\uE000(\d+)\uE001/gu;
const MAX_WORDS = 12;

const KNOWN_NAMES = BUILT_IN_ACTORS.map((actor) => actor.name)
  .filter((name) => /[,&]|\sand\s/.test(name))
  .sort((a, b) => b.length - a.length);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const KNOWN = KNOWN_NAMES.map(
  (name) => new RegExp(escapeRegExp(name).replace(/'/g, "['’]?"), 'giu'),
);

export function splitOrganisers(text: string): string[] {
  const kept: string[] = [];
  let protectedText = text;
  for (const pattern of KNOWN) {
    protectedText = protectedText.replace(pattern, (found) => {
      kept.push(found);
      return `\uE000${kept.length - 1}\uE001`;
    });
  }
  return protectedText
    .replace(COLLABORATION, ', ')
    .split(SEPARATORS)
    .map((part) =>
      part
        .replace(PLACEHOLDER, (_, index: string) => kept[Number(index)] ?? '')
        .replace(/^(?:the|and)\s+/iu, '')
        .replace(/[\s.,;:]+$/u, '')
        .trim(),
    )
    .filter((part) => part !== '' && part.split(/\s+/).length <= MAX_WORDS);
}
