import type { RecboardDatabase } from '../db/database';
import {
  type Actor,
  type ActorPatch,
  ActorPatchSchema,
  ActorSchema,
  abbrTakenBy,
  type NewActor,
  NewActorSchema,
  withBuiltInActors,
} from '../domain/actor';
import { nowIso } from '../lib/dates';
import { newId } from '../lib/ids';
import { label } from './action-label';
import { definedFields } from './defined-fields';
import type { JournalWriter } from './journal-writer';
import { parseRow, parseRows } from './parse-row';
import { RecordNotFoundError } from './record-not-found-error';

/** Another live actor already goes by this abbreviation: cards could not tell them apart. */
export class DuplicateAbbreviationError extends Error {
  constructor(
    readonly abbr: string,
    readonly takenById: string,
  ) {
    super(`The abbreviation ${abbr} is already used by actor ${takenById}`);
    this.name = 'DuplicateAbbreviationError';
  }
}

export interface ActorReferences {
  recommendations: number;
  workshops: number;
}

const byAbbr = (a: Actor, b: Actor) => a.abbr.localeCompare(b.abbr);

export function createActorRepository(db: RecboardDatabase, writer: JournalWriter) {
  async function getLive(id: string): Promise<Actor> {
    const row = await db.actors.get(id);
    if (!row || row.deletedAt !== null) throw new RecordNotFoundError('actors', id);
    return parseRow(ActorSchema, 'actors', row);
  }

  async function listRows(boardId: string): Promise<Actor[]> {
    const rows = await db.actors.where('boardId').equals(boardId).toArray();
    return parseRows(ActorSchema, 'actors', rows).sort(byAbbr);
  }

  async function assertAbbrFree(boardId: string, abbr: string, exceptId?: string) {
    const live = (await listRows(boardId)).filter((actor) => actor.deletedAt === null);
    const taken = abbrTakenBy(abbr, withBuiltInActors(live), exceptId);
    if (taken) throw new DuplicateAbbreviationError(abbr, taken.id);
  }

  return {
    /**
     * The board's own actors by abbreviation. Removed ones are left out unless asked for: the
     * actor directory needs them to keep showing abbreviations on cards that still name them.
     */
    async list(boardId: string, options: { includeRemoved?: boolean } = {}): Promise<Actor[]> {
      const actors = await listRows(boardId);
      return options.includeRemoved ? actors : actors.filter((a) => a.deletedAt === null);
    },

    get: getLive,

    async create(boardId: string, input: NewActor): Promise<Actor> {
      const fields = NewActorSchema.parse(input);
      return writer.run(async () => {
        await assertAbbrFree(boardId, fields.abbr);
        const at = nowIso();
        const actor = ActorSchema.parse({
          ...fields,
          id: newId(),
          boardId,
          createdAt: at,
          updatedAt: at,
          deletedAt: null,
        });
        await db.actors.add(actor);
        return { result: actor, action: label('actor.added', { name: actor.abbr }) };
      });
    },

    /** Edits a user actor; built-in actors are not stored, so they are never found here. */
    async update(id: string, patch: ActorPatch): Promise<Actor> {
      const changes = definedFields(ActorPatchSchema.parse(patch));
      return writer.run(async () => {
        const current = await getLive(id);
        if (changes.abbr !== undefined) await assertAbbrFree(current.boardId, changes.abbr, id);
        const updatedAt = nowIso();
        await db.actors.update(id, { ...changes, updatedAt });
        const result = { ...current, ...changes, updatedAt };
        return { result, action: label('actor.edited', { name: result.abbr }) };
      });
    },

    /** How many live recommendations and workshops name the actor. */
    async countReferences(id: string): Promise<ActorReferences> {
      return db.transaction('r', db.actors, db.recommendations, db.workshops, async () => {
        const actor = await getLive(id);
        const recommendations = await db.recommendations
          .where('actorIds')
          .equals(id)
          .filter((rec) => rec.deletedAt === null)
          .count();
        const workshops = await db.workshops
          .where('boardId')
          .equals(actor.boardId)
          .filter((w) => w.deletedAt === null && w.organiserIds.includes(id))
          .count();
        return { recommendations, workshops };
      });
    },

    /**
     * Removes a user actor by tombstoning it, always: cards and workshops that name it keep
     * showing its abbreviation, and the removal can travel to other devices in a later sync.
     */
    async remove(id: string): Promise<void> {
      return writer.run(async () => {
        const actor = await getLive(id);
        const deletedAt = nowIso();
        await db.actors.update(id, { deletedAt, updatedAt: deletedAt });
        return { result: undefined, action: label('actor.removed', { name: actor.abbr }) };
      });
    },
  };
}
export type ActorRepository = ReturnType<typeof createActorRepository>;
