import type { RecboardDatabase } from '../db/database';
import { placeAt } from '../domain/ordering';
import { type Recommendation, RecommendationSchema } from '../domain/recommendation';
import { nowIso } from '../lib/dates';
import { logActivity } from './activity-log';
import { columnCards, isOnBoard } from './column-cards';
import { parseRow } from './parse-row';
import { RecordNotFoundError } from './record-not-found-error';

export interface MoveRecommendationInput {
  id: string;
  toColumnId: string;
  /** Position among the target column's visible cards, the moved card left out. */
  toIndex: number;
}

export function createCardMoveRepository(db: RecboardDatabase) {
  return {
    /**
     * Moves a card to a column and position. The new column and rank, any neighbours re-keyed
     * after a rank collision, and the log entry are written together or not at all.
     * Reordering within a column is not a status change and is not logged.
     */
    async move({ id, toColumnId, toIndex }: MoveRecommendationInput): Promise<Recommendation> {
      return db.transaction('rw', db.recommendations, db.activity, async () => {
        const row = await db.recommendations.get(id);
        if (!row) throw new RecordNotFoundError('recommendations', id);
        const card = parseRow(RecommendationSchema, 'recommendations', row);
        const siblings = (await columnCards(db, toColumnId)).filter(
          (other) => other.id !== id && isOnBoard(other),
        );
        const { rank, rekeyed } = placeAt(siblings, toIndex);
        const at = nowIso();
        for (const sibling of rekeyed) {
          await db.recommendations.update(sibling.id, { rank: sibling.rank });
        }
        await db.recommendations.update(id, { columnId: toColumnId, rank, updatedAt: at });
        if (card.columnId !== toColumnId) {
          await logActivity(db, {
            type: 'moved',
            boardId: card.boardId,
            recommendationId: id,
            createdAt: at,
            fromColumnId: card.columnId,
            toColumnId,
          });
        }
        return { ...card, columnId: toColumnId, rank, updatedAt: at };
      });
    },
  };
}
