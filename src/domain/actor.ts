import { foldForSearch } from '../lib/text';
import { z } from '../lib/zod';
import { RecordMetaSchema, requiredTextSchema } from './primitives';
import { ActorGroupSchema, BUILT_IN_ACTORS, type BuiltInActor } from './taxonomy';

/** An actor a user added beside the built-in list (a new NGO, a district office). */
export const ActorSchema = z.extend(RecordMetaSchema, {
  name: requiredTextSchema(200),
  abbr: requiredTextSchema(40),
  group: ActorGroupSchema,
});
export type Actor = z.output<typeof ActorSchema>;

/** What a person types to add an actor; ids, board and times are the repository's. */
export const NewActorSchema = z.pick(ActorSchema, { name: true, abbr: true, group: true });
export type NewActor = z.input<typeof NewActorSchema>;

/** An edit of a user actor, written as a patch. */
export const ActorPatchSchema = z.partial(NewActorSchema);
export type ActorPatch = z.input<typeof ActorPatchSchema>;

/** What the UI needs of any actor, built-in or user-made. */
export type ActorRef = Pick<BuiltInActor, 'id' | 'abbr' | 'name' | 'group'>;

/** Built-in actors first, then the board's own, as one lookup by id. */
export function actorDirectory(userActors: readonly ActorRef[]): Map<string, ActorRef> {
  const directory = new Map<string, ActorRef>();
  for (const actor of BUILT_IN_ACTORS) directory.set(actor.id, actor);
  for (const actor of userActors) directory.set(actor.id, actor);
  return directory;
}

/**
 * The live actor (other than `exceptId`) already using this abbreviation, if any. Cards show
 * actors by abbreviation, so two live actors called "IOM" could not be told apart.
 */
export function abbrTakenBy(
  abbr: string,
  liveActors: readonly ActorRef[],
  exceptId?: string,
): ActorRef | undefined {
  const wanted = foldForSearch(abbr);
  return liveActors.find((actor) => actor.id !== exceptId && foldForSearch(actor.abbr) === wanted);
}

/** Built-in actors followed by the given user actors, as pickers list them. */
export function withBuiltInActors(userActors: readonly ActorRef[]): ActorRef[] {
  return [...BUILT_IN_ACTORS, ...userActors];
}
