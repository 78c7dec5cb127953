import type { RecboardDatabase } from '../db/database';

/**
 * The texts search covers besides a card's own fields: its live action items and progress
 * notes, by card id. Read with one getAll per table (a cursor costs a round trip per row).
 */
export function createSearchTextRepository(db: RecboardDatabase) {
  return {
    async cardTexts(boardId: string): Promise<Map<string, string[]>> {
      const [items, notes] = await Promise.all([
        db.actionItems.where('boardId').equals(boardId).toArray(),
        db.progressNotes.where('boardId').equals(boardId).toArray(),
      ]);
      const texts = new Map<string, string[]>();
      for (const row of [...items, ...notes]) {
        if (row.deletedAt !== null) continue;
        const list = texts.get(row.recommendationId) ?? [];
        list.push(row.text);
        texts.set(row.recommendationId, list);
      }
      return texts;
    },
  };
}
