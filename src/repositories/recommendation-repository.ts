import Dexie from 'dexie';
import type { RecboardDatabase } from '../db/database';
import { rankBetween } from '../domain/ordering';
import {
  type NewRecommendation,
  NewRecommendationSchema,
  type Recommendation,
  RecommendationSchema,
} from '../domain/recommendation';
import { type RecommendationPatch, RecommendationPatchSchema } from '../domain/recommendation-edit';
import { changedFields } from '../lib/changed-fields';
import { nowIso } from '../lib/dates';
import { newId } from '../lib/ids';
import { cardName, label } from './action-label';
import { type ColumnFirstCards, columnFirstCards, isOnBoard } from './column-cards';
import type { JournalWriter } from './journal-writer';
import { parseRow, parseRows } from './parse-row';
import { RecordNotFoundError } from './record-not-found-error';

const EMPTY: ColumnFirstCards = { cards: [], count: 0 };

/** Rows per request of a whole-board read: a page is deserialised in one task of ~20 ms. */
const PAGE_SIZE = 400;

/**
 * A board's cards, read in pages of one transaction (one consistent snapshot) and checked
 * page by page. Each page is a task of its own, so on a large board a click or a key press
 * waits for one page at most, never for the whole read (checking 50,000 cards at the end was
 * one task of 930 ms on the bench machine).
 */
async function readInPages(db: RecboardDatabase, boardId: string): Promise<Recommendation[]> {
  return db.transaction('r', db.recommendations, async () => {
    const cards: Recommendation[] = [];
    let after: string | null = null;
    for (;;) {
      // By primary key, the one order a range can resume from without a cursor.
      const rest =
        after === null
          ? db.recommendations.toCollection()
          : db.recommendations.where(':id').above(after);
      const page: Recommendation[] = await rest.limit(PAGE_SIZE).toArray();
      const mine = page.filter((row) => row.boardId === boardId);
      for (const card of parseRows(RecommendationSchema, 'recommendations', mine)) {
        cards.push(card);
      }
      if (page.length < PAGE_SIZE) return cards;
      after = page[page.length - 1]?.id ?? null;
    }
  });
}

const isArchived = (rec: Recommendation) => rec.deletedAt === null && rec.archivedAt !== null;

const newestArchivedFirst = (cards: Recommendation[]) =>
  cards.sort((a, b) => ((a.archivedAt ?? '') < (b.archivedAt ?? '') ? 1 : -1));

export function createRecommendationRepository(db: RecboardDatabase, writer: JournalWriter) {
  async function read(id: string): Promise<Recommendation> {
    const row = await db.recommendations.get(id);
    if (!row) throw new RecordNotFoundError('recommendations', id);
    return parseRow(RecommendationSchema, 'recommendations', row);
  }

  /** The board's cards not deleted (on it or archived), read in pages and checked. */
  async function listLive(boardId: string): Promise<Recommendation[]> {
    return (await readInPages(db, boardId)).filter((rec) => rec.deletedAt === null);
  }

  /** A rank after every card stored in the column: one row read, the last by rank. */
  async function bottomRank(columnId: string): Promise<string> {
    const last = await db.recommendations
      .where('[columnId+rank]')
      .between([columnId, Dexie.minKey], [columnId, Dexie.maxKey])
      .last();
    return rankBetween(last?.rank ?? null, null);
  }

  return {
    /** Every card on the board (archived and deleted ones left out). */
    async listOnBoard(boardId: string): Promise<Recommendation[]> {
      return (await readInPages(db, boardId)).filter(isOnBoard);
    },

    /** Each column's first `limit` cards and card count: what the board's first screen shows. */
    async listFirstScreen(
      columnIds: readonly string[],
      limit: number,
    ): Promise<Map<string, ColumnFirstCards>> {
      const columns = await db.transaction('r', db.recommendations, () =>
        Promise.all(columnIds.map((columnId) => columnFirstCards(db, columnId, limit))),
      );
      return new Map(columnIds.map((columnId, index) => [columnId, columns[index] ?? EMPTY]));
    },

    /**
     * Archived cards, most recently archived first; only those are read. The archived-cards
     * index holds no card whose archivedAt is null (schema v3), so this reads the archived
     * cards of every board, never the whole table (10,000 cards: most of a second).
     */
    async listArchived(boardId: string): Promise<Recommendation[]> {
      const rows: Recommendation[] = await db.recommendations
        .orderBy('[columnId+archivedAt]')
        .toArray();
      const mine = rows.filter((row) => row.boardId === boardId && isArchived(row));
      return newestArchivedFirst(parseRows(RecommendationSchema, 'recommendations', mine));
    },

    /**
     * The cards on the board and the archived ones, each read and checked once: on the board
     * first (as listOnBoard), then archived (as listArchived).
     */
    async listOnBoardAndArchived(
      boardId: string,
    ): Promise<{ onBoard: Recommendation[]; archived: Recommendation[] }> {
      const live = await listLive(boardId);
      return {
        onBoard: live.filter(isOnBoard),
        archived: newestArchivedFirst(live.filter(isArchived)),
      };
    },

    get: read,

    /** Creates a card at the bottom of its column, journaled as one action. */
    async create(boardId: string, input: NewRecommendation): Promise<Recommendation> {
      const fields = NewRecommendationSchema.parse(input);
      return writer.run(async () => {
        const at = nowIso();
        const rec = RecommendationSchema.parse({
          workshopId: null,
          title: '',
          raisedBy: '',
          sourceLocator: '',
          response: 'awaiting',
          stageIds: [],
          actorIds: [],
          leadActorId: null,
          gcmObjectives: [],
          sdgTargets: [],
          priority: null,
          dueDate: null,
          labels: [],
          ...fields,
          id: newId(),
          boardId,
          rank: await bottomRank(fields.columnId),
          archivedAt: null,
          createdAt: at,
          updatedAt: at,
          deletedAt: null,
        });
        await db.recommendations.add(rec);
        return { result: rec, action: label('card.created', { title: cardName(rec) }) };
      });
    },

    /**
     * Saves an edit as a patch of the changed fields only (so a concurrent edit of another
     * field survives). A new column puts the card at the bottom of that column.
     */
    async update(id: string, input: RecommendationPatch): Promise<Recommendation> {
      const patch = RecommendationPatchSchema.parse(input);
      return writer.run(async () => {
        const before = await read(id);
        const diff = changedFields<typeof patch>(before, patch);
        const action = label('card.edited', { title: cardName(before) });
        if (Object.keys(diff).length === 0) return { result: before, action };
        const changes: Partial<Recommendation> = { ...diff, updatedAt: nowIso() };
        if (changes.columnId !== undefined) changes.rank = await bottomRank(changes.columnId);
        const after = RecommendationSchema.parse({ ...before, ...changes });
        await db.recommendations.update(id, changes);
        return { result: after, action: label('card.edited', { title: cardName(after) }) };
      });
    },
  };
}
