import type { RecboardDatabase } from '../db/database';
import { SAMPLE_WORKSHOP_IDS } from '../db/sample/sample-workshop-ids';
import { type Board, BoardSchema } from '../domain/board';
import type { Column } from '../domain/column';
import { DEFAULT_COLUMNS } from '../domain/default-columns';
import { ranksBetween } from '../domain/ordering';
import type { Workshop } from '../domain/workshop';
import { nowIso } from '../lib/dates';
import { label } from './action-label';
import type { JournalWriter } from './journal-writer';
import { parseRow } from './parse-row';
import { RecordNotFoundError } from './record-not-found-error';

export function createBoardSetupRepository(db: RecboardDatabase, writer: JournalWriter) {
  /**
   * Deletes the given workshops, their cards and everything hanging off those cards. Outright,
   * not as tombstones: these are rows the person never made (the sample) or chose to clear, and
   * the journal keeps every one of them, so one undo puts them all back exactly.
   */
  async function removeWorkshopsAndCards(workshops: Workshop[], recIds: string[]): Promise<void> {
    const itemIds = await db.actionItems.where('recommendationId').anyOf(recIds).primaryKeys();
    const noteIds = await db.progressNotes.where('recommendationId').anyOf(recIds).primaryKeys();
    await db.workshops.bulkDelete(workshops.map((w) => w.id));
    await db.recommendations.bulkDelete(recIds);
    await db.actionItems.bulkDelete(itemIds);
    await db.progressNotes.bulkDelete(noteIds);
  }

  return {
    /**
     * Opens the board, creating it on the very first open: its default columns and the sample
     * workshops, all in one transaction, so a crash half-way leaves an empty database that
     * seeds again rather than half a sample. A board that exists is never re-seeded, so a
     * user who started empty stays empty.
     */
    async ensureBoard(boardId: string, boardName: string): Promise<{ created: boolean }> {
      if (await db.boards.get(boardId)) return { created: false };
      // The sample board is fetched only for the very first open: it stays out of the
      // JavaScript every later start has to load.
      const { buildSampleBoard } = await import('../db/sample/build-sample-board');
      return writer.run<{ created: boolean }>(
        async () => {
          const action = label('board.created', { name: boardName });
          if (await db.boards.get(boardId)) return { result: { created: false }, action };
          const at = nowIso();
          const meta = { boardId, createdAt: at, updatedAt: at, deletedAt: null };
          const board: Board = {
            id: boardId,
            name: boardName,
            createdAt: at,
            updatedAt: at,
            deletedAt: null,
          };
          const ranks = ranksBetween(null, null, DEFAULT_COLUMNS.length);
          const columns: Column[] = DEFAULT_COLUMNS.map((column, index) => ({
            ...meta,
            id: column.id,
            name: column.name,
            kind: column.kind,
            rank: ranks[index] as string,
            wipLimit: null,
          }));
          const sample = buildSampleBoard(boardId, at);
          await db.boards.add(board);
          await db.columns.bulkAdd(columns);
          await db.workshops.bulkAdd(sample.workshops);
          await db.recommendations.bulkAdd(sample.recommendations);
          return { result: { created: true }, action };
        },
        { origin: 'system' },
      );
    },

    async getBoard(boardId: string): Promise<Board> {
      const row = await db.boards.get(boardId);
      if (!row) throw new RecordNotFoundError('boards', boardId);
      return parseRow(BoardSchema, 'boards', row);
    },

    /** Whether any of the sample workshops is still on the board. */
    async hasSampleData(boardId: string): Promise<boolean> {
      const ids = [...SAMPLE_WORKSHOP_IDS];
      const found = await db.workshops.where('id').anyOf(ids).toArray();
      return found.some((w) => w.boardId === boardId);
    },

    /** Removes the sample workshops and their recommendations; the user's own data stays. */
    async removeSampleData(boardId: string): Promise<void> {
      return writer.run(async () => {
        const workshops = (
          await db.workshops
            .where('id')
            .anyOf([...SAMPLE_WORKSHOP_IDS])
            .toArray()
        ).filter((w) => w.boardId === boardId);
        const workshopIds = workshops.map((w) => w.id);
        const recIds = await db.recommendations
          .where('workshopId')
          .anyOf(workshopIds)
          .primaryKeys();
        await removeWorkshopsAndCards(workshops, recIds);
        return { result: undefined, action: label('sample.removed', { count: recIds.length }) };
      });
    },

    /** Empties the board of every workshop and recommendation; columns and actors stay. */
    async clearBoard(boardId: string): Promise<void> {
      return writer.run(async () => {
        const workshops = await db.workshops.where('boardId').equals(boardId).toArray();
        const recIds = await db.recommendations.where('boardId').equals(boardId).primaryKeys();
        await removeWorkshopsAndCards(workshops, recIds);
        return { result: undefined, action: label('board.cleared', { count: recIds.length }) };
      });
    },
  };
}
export type BoardSetupRepository = ReturnType<typeof createBoardSetupRepository>;
