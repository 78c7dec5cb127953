import type { RecboardDatabase } from '../db/database';
import { RecommendationSchema } from '../domain/recommendation';
import {
  type WorkshopRemoval,
  type WorkshopRemovalAction,
  WorkshopRemovalSchema,
} from '../domain/workshop';
import { nowIso } from '../lib/dates';
import { logActivity } from './activity-log';
import { parseRows } from './parse-row';
import { RecordNotFoundError } from './record-not-found-error';

/** What a workshop deletion changed, kept in memory so it can be undone until reload. */
export interface WorkshopRemovalUndo {
  workshopId: string;
  action: WorkshopRemovalAction;
  /** Where moved recommendations went; null when they were detached or deleted. */
  toWorkshopId: string | null;
  /** The recommendations that pointed at the workshop. */
  recommendationIds: string[];
  /** The stamp on every tombstone this deletion wrote, so undo clears exactly those. */
  deletedAt: string;
}

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
 * Tombstones a workshop and moves, detaches or tombstones its recommendations, logging each
 * change on the card's history: all in one transaction, so no card is ever left pointing at a
 * deleted workshop. Archived cards count too: they would otherwise come back orphaned.
 */
export async function removeWorkshop(
  db: RecboardDatabase,
  id: string,
  options: WorkshopRemoval,
): Promise<WorkshopRemovalUndo> {
  const removal = WorkshopRemovalSchema.parse(options);
  const tables = [db.workshops, db.recommendations, db.activity];
  return db.transaction('rw', tables, async () => {
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
      const base = { boardId: rec.boardId, recommendationId: rec.id, createdAt: at };
      if (removal.recommendations === 'delete') {
        await db.recommendations.update(rec.id, { deletedAt: at, updatedAt: at });
        await logActivity(db, { ...base, type: 'deleted' });
      } else {
        await db.recommendations.update(rec.id, { workshopId: toWorkshopId, updatedAt: at });
        await logActivity(db, { ...base, type: 'edited', fields: ['workshopId'] });
      }
    }
    await db.workshops.update(id, { deletedAt: at, updatedAt: at });
    return {
      workshopId: id,
      action: removal.recommendations,
      toWorkshopId,
      recommendationIds: recs.map((rec) => rec.id),
      deletedAt: at,
    };
  });
}

/**
 * Undoes a deletion in one transaction. A card changed since (moved again, restored by hand)
 * is left as it is now: the undo takes back only what the deletion itself wrote.
 */
export async function restoreWorkshop(
  db: RecboardDatabase,
  undo: WorkshopRemovalUndo,
): Promise<void> {
  await db.transaction('rw', [db.workshops, db.recommendations, db.activity], async () => {
    const at = nowIso();
    const workshop = await db.workshops.get(undo.workshopId);
    if (workshop?.deletedAt === undo.deletedAt) {
      await db.workshops.update(undo.workshopId, { deletedAt: null, updatedAt: at });
    }
    for (const rec of await db.recommendations.bulkGet(undo.recommendationIds)) {
      if (!rec) continue;
      const base = { boardId: rec.boardId, recommendationId: rec.id, createdAt: at };
      if (undo.action === 'delete') {
        if (rec.deletedAt !== undo.deletedAt) continue;
        await db.recommendations.update(rec.id, { deletedAt: null, updatedAt: at });
        await logActivity(db, { ...base, type: 'restored' });
      } else {
        if (rec.workshopId !== undo.toWorkshopId || rec.deletedAt !== null) continue;
        await db.recommendations.update(rec.id, { workshopId: undo.workshopId, updatedAt: at });
        await logActivity(db, { ...base, type: 'edited', fields: ['workshopId'] });
      }
    }
  });
}
