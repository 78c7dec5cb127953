import Dexie from 'dexie';
import type { RecboardDatabase } from '../db/database';
import type { ActivityEvent } from '../domain/activity-event';
import { placeAt, rankBetween, sortByRank } from '../domain/ordering';
import {
  type NewRecommendation,
  NewRecommendationSchema,
  type Recommendation,
  RecommendationSchema,
} from '../domain/recommendation';
import { nowIso } from '../lib/dates';
import { newId } from '../lib/ids';
import { parseRow, parseRows } from './parse-row';

export interface MoveRecommendationInput {
  id: string;
  toColumnId: string;
  /** Position among the target column's visible cards, the moved card left out. */
  toIndex: number;
}

export class RecordNotFoundError extends Error {
  constructor(
    readonly table: string,
    readonly recordId: string,
  ) {
    super(`No ${table} record ${recordId}`);
    this.name = 'RecordNotFoundError';
  }
}

function isVisible(rec: Recommendation): boolean {
  return rec.deletedAt === null && rec.archivedAt === null;
}

export function createRecommendationRepository(db: RecboardDatabase) {
  async function columnCards(columnId: string): Promise<Recommendation[]> {
    const rows = await db.recommendations
      .where('[columnId+rank]')
      .between([columnId, Dexie.minKey], [columnId, Dexie.maxKey])
      .toArray();
    return sortByRank(parseRows(RecommendationSchema, 'recommendations', rows));
  }

  return {
    /** Every card on the board (archived and deleted ones left out). */
    async listOnBoard(boardId: string): Promise<Recommendation[]> {
      const rows = await db.recommendations.where('boardId').equals(boardId).toArray();
      return parseRows(RecommendationSchema, 'recommendations', rows).filter(isVisible);
    },

    async get(id: string): Promise<Recommendation> {
      const row = await db.recommendations.get(id);
      if (!row) throw new RecordNotFoundError('recommendations', id);
      return parseRow(RecommendationSchema, 'recommendations', row);
    },

    /** Creates a card at the bottom of its column and logs its creation, in one transaction. */
    async create(boardId: string, input: NewRecommendation): Promise<Recommendation> {
      const fields = NewRecommendationSchema.parse(input);
      return db.transaction('rw', db.recommendations, db.activity, async () => {
        const cards = await columnCards(fields.columnId);
        const last = cards[cards.length - 1]?.rank ?? null;
        const at = nowIso();
        const rec = RecommendationSchema.parse({
          workshopId: null,
          title: '',
          raisedBy: '',
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
          rank: rankBetween(last, null),
          archivedAt: null,
          createdAt: at,
          updatedAt: at,
          deletedAt: null,
        });
        await db.recommendations.add(rec);
        const event: ActivityEvent = {
          id: newId(),
          boardId,
          recommendationId: rec.id,
          createdAt: at,
          type: 'created',
          columnId: rec.columnId,
        };
        await db.activity.add(event);
        return rec;
      });
    },

    /**
     * Moves a card to a column and position. The new column and rank, any neighbours re-keyed
     * after a rank collision, and the log entry are written together or not at all.
     */
    async move({ id, toColumnId, toIndex }: MoveRecommendationInput): Promise<Recommendation> {
      return db.transaction('rw', db.recommendations, db.activity, async () => {
        const row = await db.recommendations.get(id);
        if (!row) throw new RecordNotFoundError('recommendations', id);
        const card = parseRow(RecommendationSchema, 'recommendations', row);
        const siblings = (await columnCards(toColumnId)).filter(
          (other) => other.id !== id && isVisible(other),
        );
        const { rank, rekeyed } = placeAt(siblings, toIndex);
        const at = nowIso();
        for (const sibling of rekeyed) {
          await db.recommendations.update(sibling.id, { rank: sibling.rank });
        }
        await db.recommendations.update(id, { columnId: toColumnId, rank, updatedAt: at });
        if (card.columnId !== toColumnId) {
          const event: ActivityEvent = {
            id: newId(),
            boardId: card.boardId,
            recommendationId: id,
            createdAt: at,
            type: 'moved',
            fromColumnId: card.columnId,
            toColumnId,
          };
          await db.activity.add(event);
        }
        return { ...card, columnId: toColumnId, rank, updatedAt: at };
      });
    },
  };
}
export type RecommendationRepository = ReturnType<typeof createRecommendationRepository>;
