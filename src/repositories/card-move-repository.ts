import type { RecboardDatabase } from '../db/database';
import type { CardMove } from '../domain/move-in-layout';
import { type Recommendation, RecommendationSchema } from '../domain/recommendation';
import { nowIso } from '../lib/dates';
import { cardName, label } from './action-label';
import { rankBetweenNeighbours } from './card-placement';
import type { JournalWriter } from './journal-writer';
import { parseRow } from './parse-row';
import { RecordNotFoundError } from './record-not-found-error';

export function createCardMoveRepository(db: RecboardDatabase, writer: JournalWriter) {
  return {
    /**
     * Moves a card next to its new neighbours. The new column and rank, any neighbours
     * re-keyed after a rank collision, and the journal entry are written together or not at
     * all. It reads the card, its neighbours and the target column: never the whole column.
     */
    async move({ id, toColumnId, afterId, beforeId }: CardMove): Promise<Recommendation> {
      return writer.run(async () => {
        const row = await db.recommendations.get(id);
        if (!row) throw new RecordNotFoundError('recommendations', id);
        const card = parseRow(RecommendationSchema, 'recommendations', row);
        const column = await db.columns.get(toColumnId);
        if (!column || column.deletedAt !== null) {
          throw new RecordNotFoundError('columns', toColumnId);
        }
        const placement = await rankBetweenNeighbours(db, toColumnId, id, afterId, beforeId);
        for (const sibling of placement.rekeyed) {
          await db.recommendations.update(sibling.id, { rank: sibling.rank });
        }
        const at = nowIso();
        const moved = { ...card, columnId: toColumnId, rank: placement.rank, updatedAt: at };
        await db.recommendations.update(id, {
          columnId: toColumnId,
          rank: placement.rank,
          updatedAt: at,
        });
        const action =
          card.columnId === toColumnId
            ? label('card.reordered', { title: cardName(card), column: column.name })
            : label('card.moved', { title: cardName(card), column: column.name });
        return { result: moved, action };
      });
    },
  };
}
