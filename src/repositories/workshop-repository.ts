import type { RecboardDatabase } from '../db/database';
import {
  type NewWorkshop,
  NewWorkshopSchema,
  type Workshop,
  type WorkshopPatch,
  WorkshopPatchSchema,
  type WorkshopRemoval,
  WorkshopSchema,
} from '../domain/workshop';
import { nowIso } from '../lib/dates';
import { newId } from '../lib/ids';
import { label } from './action-label';
import { definedFields } from './defined-fields';
import type { JournalWriter } from './journal-writer';
import { parseRow, parseRows } from './parse-row';
import { RecordNotFoundError } from './record-not-found-error';
import { removeWorkshop } from './workshop-removal';

export function createWorkshopRepository(db: RecboardDatabase, writer: JournalWriter) {
  async function getLive(id: string): Promise<Workshop> {
    const row = await db.workshops.get(id);
    if (!row || row.deletedAt !== null) throw new RecordNotFoundError('workshops', id);
    return parseRow(WorkshopSchema, 'workshops', row);
  }

  return {
    /** The board's workshops, newest meeting first. */
    async list(boardId: string): Promise<Workshop[]> {
      const rows = await db.workshops.where('boardId').equals(boardId).toArray();
      return parseRows(WorkshopSchema, 'workshops', rows)
        .filter((w) => w.deletedAt === null)
        .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
    },

    /** A live workshop; a deleted or unknown id is a RecordNotFoundError. */
    get: getLive,

    async create(boardId: string, input: NewWorkshop): Promise<Workshop> {
      const fields = NewWorkshopSchema.parse(input);
      return writer.run(async () => {
        const at = nowIso();
        const workshop = WorkshopSchema.parse({
          place: '',
          organiserIds: [],
          sourceRef: '',
          notes: '',
          ...definedFields(fields),
          id: newId(),
          boardId,
          createdAt: at,
          updatedAt: at,
          deletedAt: null,
        });
        await db.workshops.add(workshop);
        return { result: workshop, action: label('workshop.added', { name: workshop.title }) };
      });
    },

    /** Writes only the given fields, so an edit elsewhere of another field survives. */
    async update(id: string, patch: WorkshopPatch): Promise<Workshop> {
      const changes = definedFields(WorkshopPatchSchema.parse(patch));
      return writer.run(async () => {
        const current = await getLive(id);
        const updatedAt = nowIso();
        await db.workshops.update(id, { ...changes, updatedAt });
        const result = { ...current, ...changes, updatedAt };
        return { result, action: label('workshop.edited', { name: result.title }) };
      });
    },

    /** Recommendations that name the workshop (archived ones too; deleted ones not). */
    async countRecommendations(workshopId: string): Promise<number> {
      return db.recommendations
        .where('workshopId')
        .equals(workshopId)
        .filter((rec) => rec.deletedAt === null)
        .count();
    },

    /** Deletes a workshop and deals with its recommendations, as one undoable action. */
    async remove(id: string, removal: WorkshopRemoval): Promise<number> {
      return removeWorkshop(db, writer, id, removal);
    },
  };
}
export type WorkshopRepository = ReturnType<typeof createWorkshopRepository>;
