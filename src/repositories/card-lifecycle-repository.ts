import type { RecboardDatabase } from '../db/database';
import { nowIso } from '../lib/dates';
import { logActivity } from './activity-log';
import { RecordNotFoundError } from './record-not-found-error';

type LifecycleChange = 'archived' | 'restored' | 'deleted';

/** Archive, restore and delete: each a patch of the card plus its log entry, in one transaction. */
export function createCardLifecycleRepository(db: RecboardDatabase) {
  async function change(
    id: string,
    type: LifecycleChange,
    patch: { archivedAt?: string | null; deletedAt?: string | null },
  ): Promise<void> {
    await db.transaction('rw', db.recommendations, db.activity, async () => {
      const card = await db.recommendations.get(id);
      if (!card) throw new RecordNotFoundError('recommendations', id);
      const at = nowIso();
      await db.recommendations.update(id, { ...patch, updatedAt: at });
      await logActivity(db, { type, boardId: card.boardId, recommendationId: id, createdAt: at });
    });
  }

  return {
    /** Takes a card off the board; it stays searchable in the archive. */
    archive: (id: string) => change(id, 'archived', { archivedAt: nowIso() }),
    /** Brings an archived card back to its column. */
    unarchive: (id: string) => change(id, 'restored', { archivedAt: null }),
    /** Deletes a card, leaving a tombstone so the deletion can be undone (and synced later). */
    remove: (id: string) => change(id, 'deleted', { deletedAt: nowIso() }),
    /** Undoes a deletion. */
    undoRemove: (id: string) => change(id, 'restored', { deletedAt: null }),
  };
}
