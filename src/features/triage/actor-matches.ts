import type { ActorRef } from '../../domain/actor';
import { foldForSearch } from '../../lib/text';

/** Options a typed name offers at most: a projected list stays short enough to read. */
export const MAX_ACTOR_OPTIONS = 8;

/**
 * The actors a typed text names, best first: abbreviations that start with it, then names
 * that do, then any that contain it. Case, spacing and Unicode forms do not matter.
 */
export function actorMatches(actors: readonly ActorRef[], typed: string): ActorRef[] {
  const query = foldForSearch(typed);
  if (query === '') return actors.slice(0, MAX_ACTOR_OPTIONS);
  const scored: { actor: ActorRef; score: number }[] = [];
  for (const actor of actors) {
    const abbr = foldForSearch(actor.abbr);
    const name = foldForSearch(actor.name);
    const score = abbr.startsWith(query)
      ? 0
      : name.startsWith(query)
        ? 1
        : abbr.includes(query) || name.includes(query)
          ? 2
          : -1;
    if (score >= 0) scored.push({ actor, score });
  }
  // A stable sort keeps the directory's own order within each score.
  scored.sort((a, b) => a.score - b.score);
  return scored.slice(0, MAX_ACTOR_OPTIONS).map((entry) => entry.actor);
}
