import type { RecboardDatabase } from '../db/database';
import { type Workshop, WorkshopSchema } from '../domain/workshop';
import { parseRows } from './parse-row';

export function createWorkshopRepository(db: RecboardDatabase) {
  return {
    /** The board's workshops, newest meeting first. */
    async list(boardId: string): Promise<Workshop[]> {
      const rows = await db.workshops.where('boardId').equals(boardId).toArray();
      return parseRows(WorkshopSchema, 'workshops', rows)
        .filter((w) => w.deletedAt === null)
        .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
    },
  };
}
export type WorkshopRepository = ReturnType<typeof createWorkshopRepository>;
