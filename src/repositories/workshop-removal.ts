import type { RecboardDatabase } from '../db/database';
import { RecommendationSchema } from '../domain/recommendation';
import { type WorkshopRemoval, WorkshopRemovalSchema } from '../domain/workshop';
import { nowIso } from '../lib/dates';
import { label } from './action-label';
import type { JournalWriter } from './journal-writer';
import { parseRows } from './parse-row';
import { RecordNotFoundError } from './record-not-found-error';

/** Moving a workshop's recommendations onto the workshop being deleted would orphan them. */
export class InvalidMoveTargetError extends Error {
  constructor(readonly workshopId: string) {
    super(`Cannot move recommendations of workshop ${workshopId} onto itself`);
    this.name = 'InvalidMoveTargetError';
  }
}

async function liveWorkshop(db: RecboardDatabase, id: string, boardId?: string) {
  const row = await db.workshops.get(id);
  if (!row || row.deletedAt !== null || (boardId !== undefined && row.boardId !== boardId)) {
    throw new RecordNotFoundError('workshops', id);
  }
  return row;
}

/**
 * Tombstones a workshop and moves, detaches or tombstones its recommendations: all in one
 * journaled transaction, so no card is ever left pointing at a deleted workshop, and one undo
 * step brings all of it back. Archived cards count too: they would otherwise come back orphaned.
 * Resolves to how many recommendations it moved, detached or deleted.
 */
export async function removeWorkshop(
  db: RecboardDatabase,
  writer: JournalWriter,
  id: string,
  options: WorkshopRemoval,
): Promise<number> {
  const removal = WorkshopRemovalSchema.parse(options);
  return writer.run(async () => {
    const workshop = await liveWorkshop(db, id);
    let toWorkshopId: string | null = null;
    if (removal.recommendations === 'move') {
      if (removal.toWorkshopId === id) throw new InvalidMoveTargetError(id);
      toWorkshopId = (await liveWorkshop(db, removal.toWorkshopId, workshop.boardId)).id;
    }
    const rows = await db.recommendations.where('workshopId').equals(id).toArray();
    const recs = parseRows(RecommendationSchema, 'recommendations', rows).filter(
      (rec) => rec.deletedAt === null,
    );
    const at = nowIso();
    for (const rec of recs) {
      const patch =
        removal.recommendations === 'delete'
          ? { deletedAt: at, updatedAt: at }
          : { workshopId: toWorkshopId, updatedAt: at };
      await db.recommendations.update(rec.id, patch);
    }
    await db.workshops.update(id, { deletedAt: at, updatedAt: at });
    return {
      result: recs.length,
      action: label('workshop.deleted', { name: workshop.title, count: recs.length }),
    };
  });
}
