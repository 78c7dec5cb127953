import type { RecboardDatabase } from '../db/database';
import { SAMPLE_WORKSHOP_IDS } from '../db/sample/sample-workshop-ids';
import type { ActionItem } from '../domain/action-item';
import type { ActivityEvent } from '../domain/activity-event';
import { type Board, BoardSchema } from '../domain/board';
import type { Column } from '../domain/column';
import { DEFAULT_COLUMNS } from '../domain/default-columns';
import { ranksBetween } from '../domain/ordering';
import type { ProgressNote } from '../domain/progress-note';
import type { Recommendation } from '../domain/recommendation';
import type { Workshop } from '../domain/workshop';
import { nowIso } from '../lib/dates';
import { parseRow } from './parse-row';
import { RecordNotFoundError } from './record-not-found-error';

/** Rows taken off the board, kept in memory so the removal can be undone until reload. */
export interface RemovedRows {
  workshops: Workshop[];
  recommendations: Recommendation[];
  actionItems: ActionItem[];
  progressNotes: ProgressNote[];
  activity: ActivityEvent[];
}

export function createBoardSetupRepository(db: RecboardDatabase) {
  const contentTables = [
    db.workshops,
    db.recommendations,
    db.actionItems,
    db.progressNotes,
    db.activity,
  ] as const;

  /** Takes the given workshops, their cards and everything hanging off those cards. */
  async function removeWorkshopsAndCards(
    workshops: Workshop[],
    recommendations: Recommendation[],
  ): Promise<RemovedRows> {
    const recIds = recommendations.map((rec) => rec.id);
    const removed: RemovedRows = {
      workshops,
      recommendations,
      actionItems: await db.actionItems.where('recommendationId').anyOf(recIds).toArray(),
      progressNotes: await db.progressNotes.where('recommendationId').anyOf(recIds).toArray(),
      activity: await db.activity.where('recommendationId').anyOf(recIds).toArray(),
    };
    await db.workshops.bulkDelete(workshops.map((w) => w.id));
    await db.recommendations.bulkDelete(recIds);
    await db.actionItems.bulkDelete(removed.actionItems.map((item) => item.id));
    await db.progressNotes.bulkDelete(removed.progressNotes.map((note) => note.id));
    await db.activity.bulkDelete(removed.activity.map((event) => event.id));
    return removed;
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
      return db.transaction('rw', [db.boards, db.columns, ...contentTables], async () => {
        if (await db.boards.get(boardId)) return { created: false };
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
        await db.activity.bulkAdd(sample.activity);
        return { created: true };
      });
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
    async removeSampleData(boardId: string): Promise<RemovedRows> {
      return db.transaction('rw', contentTables, async () => {
        const workshops = (
          await db.workshops
            .where('id')
            .anyOf([...SAMPLE_WORKSHOP_IDS])
            .toArray()
        ).filter((w) => w.boardId === boardId);
        const workshopIds = workshops.map((w) => w.id);
        const recommendations = await db.recommendations
          .where('workshopId')
          .anyOf(workshopIds)
          .toArray();
        return removeWorkshopsAndCards(workshops, recommendations);
      });
    },

    /** Empties the board of every workshop and recommendation; columns and actors stay. */
    async clearBoard(boardId: string): Promise<RemovedRows> {
      return db.transaction('rw', contentTables, async () => {
        const workshops = await db.workshops.where('boardId').equals(boardId).toArray();
        const recommendations = await db.recommendations.where('boardId').equals(boardId).toArray();
        return removeWorkshopsAndCards(workshops, recommendations);
      });
    },

    /** Puts removed rows back exactly as they were (the undo of the two removals above). */
    async restore(rows: RemovedRows): Promise<void> {
      await db.transaction('rw', contentTables, async () => {
        await db.workshops.bulkPut(rows.workshops);
        await db.recommendations.bulkPut(rows.recommendations);
        await db.actionItems.bulkPut(rows.actionItems);
        await db.progressNotes.bulkPut(rows.progressNotes);
        await db.activity.bulkPut(rows.activity);
      });
    },
  };
}
export type BoardSetupRepository = ReturnType<typeof createBoardSetupRepository>;
