import type { ActorRef } from '../../domain/actor';
import type { WorkshopHeader } from '../../domain/report-extraction/types';
import type { Workshop } from '../../domain/workshop';
import { foldForSearch } from '../../lib/text';
import { dice, words } from './duplicates';
import { escapeRegExp } from './escape-reg-exp';

/** A board workshop the report is most likely about: same title, or same day and like title. */
export function matchingWorkshop(
  header: WorkshopHeader,
  workshops: readonly Workshop[],
): Workshop | null {
  if (header.title === null) return null;
  const title = foldForSearch(header.title);
  const bag = words(header.title);
  return (
    workshops.find((workshop) => foldForSearch(workshop.title) === title) ??
    workshops.find(
      (workshop) => workshop.date === header.date && dice(words(workshop.title), bag) >= 0.6,
    ) ??
    null
  );
}

/**
 * The actors an organiser's name names: by abbreviation as a word of it ("International
 * Organization for Migration (IOM)" → IOM) or by full name. Names no actor matches are
 * returned too, for the person to see what was left out.
 */
export function matchOrganisers(
  names: readonly string[],
  actors: readonly ActorRef[],
): { actorIds: string[]; unmatched: string[] } {
  const actorIds: string[] = [];
  const unmatched: string[] = [];
  for (const name of names) {
    const folded = foldForSearch(name);
    const actor = actors.find(
      (candidate) =>
        foldForSearch(candidate.name) === folded ||
        new RegExp(
          `(?:^|[^\\p{L}\\p{N}])${escapeRegExp(candidate.abbr)}(?:$|[^\\p{L}\\p{N}])`,
          'u',
        ).test(name),
    );
    if (!actor) unmatched.push(name);
    else if (!actorIds.includes(actor.id)) actorIds.push(actor.id);
  }
  return { actorIds, unmatched };
}
