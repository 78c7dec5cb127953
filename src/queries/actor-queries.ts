import { queryOptions, useQuery } from '@tanstack/react-query';
import {
  type Actor,
  type ActorPatch,
  type ActorRef,
  actorDirectory,
  type NewActor,
  withBuiltInActors,
} from '../domain/actor';
import { BUILT_IN_ACTORS } from '../domain/taxonomy';
import type { Repositories } from '../repositories/repositories';
import { boardKeys } from './query-keys';
import { useRepositories } from './repositories-context';
import { useBoardWrite } from './use-board-write';

/** Every user actor of the board, removed ones included (the directory needs them). */
export function userActorsQuery(repositories: Repositories, boardId: string) {
  return queryOptions({
    queryKey: boardKeys.actors(boardId),
    queryFn: () => repositories.actors.list(boardId, { includeRemoved: true }),
  });
}

// Module-level selectors, so react-query re-derives only when the rows change and callers get
// the same Map or array between renders.
const BUILT_IN_DIRECTORY = actorDirectory([]);
const toDirectory = (actors: Actor[]) => actorDirectory(actors);
const liveOnly = (actors: Actor[]) => actors.filter((actor) => actor.deletedAt === null);
const toLiveRefs = (actors: Actor[]): readonly ActorRef[] => withBuiltInActors(liveOnly(actors));

/**
 * Every actor by id, built-in and user-made, removed user actors included: a card that names
 * a removed actor keeps showing its abbreviation. Built-in actors are there from the first
 * render, before the user's actors have loaded.
 */
export function useActorDirectory(boardId: string): ReadonlyMap<string, ActorRef> {
  const { data } = useQuery({
    ...userActorsQuery(useRepositories(), boardId),
    select: toDirectory,
    throwOnError: true,
  });
  return data ?? BUILT_IN_DIRECTORY;
}

/** The actors a picker offers: built-in ones, then the board's live ones (never removed ones). */
export function useLiveActors(boardId: string): readonly ActorRef[] {
  const { data } = useQuery({
    ...userActorsQuery(useRepositories(), boardId),
    select: toLiveRefs,
    throwOnError: true,
  });
  return data ?? BUILT_IN_ACTORS;
}

/** The board's own live actors, for the page that edits them. */
export function useUserActors(boardId: string) {
  return useQuery({ ...userActorsQuery(useRepositories(), boardId), select: liveOnly });
}

/**
 * How many live recommendations and workshops name an actor. Not cached once the dialog
 * asking closes, like a workshop's recommendation count: the user decides on these numbers.
 */
export function useActorReferences(boardId: string, actorId: string) {
  const repositories = useRepositories();
  return useQuery({
    queryKey: boardKeys.actorReferences(boardId, actorId),
    queryFn: () => repositories.actors.countReferences(actorId),
    gcTime: 0,
  });
}

export function useCreateActor(boardId: string) {
  return useBoardWrite((repositories, input: NewActor) =>
    repositories.actors.create(boardId, input),
  );
}

export function useUpdateActor() {
  return useBoardWrite((repositories, { id, patch }: { id: string; patch: ActorPatch }) =>
    repositories.actors.update(id, patch),
  );
}

export function useRemoveActor() {
  return useBoardWrite((repositories, id: string) => repositories.actors.remove(id));
}
