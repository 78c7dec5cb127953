import type { RecboardDatabase } from '../db/database';
import { type SavedView, SavedViewSchema } from '../domain/saved-view';
import { nowIso } from '../lib/dates';
import { newId } from '../lib/ids';
import { label } from './action-label';
import type { JournalWriter } from './journal-writer';
import { parseRows } from './parse-row';
import { RecordNotFoundError } from './record-not-found-error';

/** Named views of the board, kept with it (and journaled, so saving one can be undone). */
export function createSavedViewRepository(db: RecboardDatabase, writer: JournalWriter) {
  async function live(id: string): Promise<SavedView> {
    const row = await db.savedViews.get(id);
    if (!row || row.deletedAt !== null) throw new RecordNotFoundError('savedViews', id);
    return row;
  }
  return {
    /** The board's saved views, by name. */
    async list(boardId: string): Promise<SavedView[]> {
      const rows = await db.savedViews.where('boardId').equals(boardId).toArray();
      return parseRows(SavedViewSchema, 'savedViews', rows)
        .filter((view) => view.deletedAt === null)
        .sort((a, b) => a.name.localeCompare(b.name));
    },

    async create(boardId: string, name: string, params: string): Promise<SavedView> {
      return writer.run(async () => {
        const at = nowIso();
        const view = SavedViewSchema.parse({
          id: newId(),
          boardId,
          name,
          params,
          createdAt: at,
          updatedAt: at,
          deletedAt: null,
        });
        await db.savedViews.add(view);
        return { result: view, action: label('view.saved', { name: view.name }) };
      });
    },

    async remove(id: string): Promise<void> {
      return writer.run(async () => {
        const view = await live(id);
        const at = nowIso();
        await db.savedViews.update(id, { deletedAt: at, updatedAt: at });
        return { result: undefined, action: label('view.removed', { name: view.name }) };
      });
    },
  };
}
