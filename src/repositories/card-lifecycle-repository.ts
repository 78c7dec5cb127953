import type { RecboardDatabase } from '../db/database';
import type { ActionKind } from '../domain/journal';
import { nowIso } from '../lib/dates';
import { cardName, label } from './action-label';
import type { JournalWriter } from './journal-writer';
import { RecordNotFoundError } from './record-not-found-error';

/** Archive, restore and delete: each a patch of the card, journaled; undo takes any of them back. */
export function createCardLifecycleRepository(db: RecboardDatabase, writer: JournalWriter) {
  function change(
    id: string,
    kind: ActionKind,
    patch: { archivedAt?: string | null; deletedAt?: string | null },
  ): Promise<void> {
    return writer.run(async () => {
      const card = await db.recommendations.get(id);
      if (!card) throw new RecordNotFoundError('recommendations', id);
      await db.recommendations.update(id, { ...patch, updatedAt: nowIso() });
      return { result: undefined, action: label(kind, { title: cardName(card) }) };
    });
  }

  return {
    /** Takes a card off the board; it stays searchable in the archive. */
    archive: (id: string) => change(id, 'card.archived', { archivedAt: nowIso() }),
    /** Brings an archived card back to its column. */
    unarchive: (id: string) => change(id, 'card.restored', { archivedAt: null }),
    /** Deletes a card, leaving a tombstone, so the deletion can travel in a later sync. */
    remove: (id: string) => change(id, 'card.deleted', { deletedAt: nowIso() }),
  };
}
