import type { ActorRef } from '../../domain/actor';
import type { I18n } from '../../i18n/i18n-context';
import { foldForSearch } from '../../lib/text';

/** Options a typed name offers at most: a projected list stays short enough to read. */
export const MAX_ACTOR_OPTIONS = 8;

/**
 * The actors a typed text names, best first: abbreviations that start with it, then names
 * that do, then any that contain it. Case, spacing and Unicode forms do not matter, and a
 * built-in actor answers to its English words and to those of the interface's language.
 */
export function actorMatches(
  actors: readonly ActorRef[],
  typed: string,
  words?: Pick<I18n, 'actorAbbr' | 'actorName'>,
): ActorRef[] {
  const query = foldForSearch(typed);
  if (query === '') return actors.slice(0, MAX_ACTOR_OPTIONS);
  const scored: { actor: ActorRef; score: number }[] = [];
  for (const actor of actors) {
    const abbrs = [actor.abbr, words?.actorAbbr(actor) ?? actor.abbr].map(foldForSearch);
    const names = [actor.name, words?.actorName(actor) ?? actor.name].map(foldForSearch);
    const score = abbrs.some((abbr) => abbr.startsWith(query))
      ? 0
      : names.some((name) => name.startsWith(query))
        ? 1
        : [...abbrs, ...names].some((word) => word.includes(query))
          ? 2
          : -1;
    if (score >= 0) scored.push({ actor, score });
  }
  // A stable sort keeps the directory's own order within each score.
  scored.sort((a, b) => a.score - b.score);
  return scored.slice(0, MAX_ACTOR_OPTIONS).map((entry) => entry.actor);
}
