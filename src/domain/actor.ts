import type { z } from 'zod';
import { RecordMetaSchema, requiredTextSchema } from './primitives';
import { ActorGroupSchema, BUILT_IN_ACTORS, type BuiltInActor } from './taxonomy';

/** An actor a user added beside the built-in list (a new NGO, a district office). */
export const ActorSchema = RecordMetaSchema.extend({
  name: requiredTextSchema(200),
  abbr: requiredTextSchema(40),
  group: ActorGroupSchema,
});
export type Actor = z.output<typeof ActorSchema>;

/** What the UI needs of any actor, built-in or user-made. */
export type ActorRef = Pick<BuiltInActor, 'id' | 'abbr' | 'name' | 'group'>;

/** Built-in actors first, then the board's own, as one lookup by id. */
export function actorDirectory(userActors: readonly ActorRef[]): Map<string, ActorRef> {
  const directory = new Map<string, ActorRef>();
  for (const actor of BUILT_IN_ACTORS) directory.set(actor.id, actor);
  for (const actor of userActors) directory.set(actor.id, actor);
  return directory;
}
