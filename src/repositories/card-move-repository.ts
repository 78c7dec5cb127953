import type { RecboardDatabase } from '../db/database';
import type { CardMove } from '../domain/move-in-layout';
import { type Recommendation, RecommendationSchema } from '../domain/recommendation';
import { RecommendationPatchSchema } from '../domain/recommendation-edit';
import { nowIso } from '../lib/dates';
import { cardName, label } from './action-label';
import { rankBetweenNeighbours } from './card-placement';
import { definedFields } from './defined-fields';
import type { JournalWriter } from './journal-writer';
import { parseRow } from './parse-row';
import { RecordNotFoundError } from './record-not-found-error';

export function createCardMoveRepository(db: RecboardDatabase, writer: JournalWriter) {
  return {
    /**
     * Moves a card next to its new neighbours. The new column and rank, any neighbours
     * re-keyed after a rank collision, and the journal entry are written together or not at
     * all. It reads the card, its neighbours and the target column: never the whole column.
     * A move between swimlanes carries the lane's value as `patch`: one entry, one undo step.
     */
    async move({ id, toColumnId, afterId, beforeId, patch }: CardMove): Promise<Recommendation> {
      const fields = definedFields(RecommendationPatchSchema.parse(patch ?? {}));
      return writer.run(async () => {
        // The card, the target column and the neighbours are read at once: each read that
        // waits for the one before waits for the page too (the drop's render holds the main
        // thread, where IndexedDB's answers are delivered), and a move is a few rows.
        const [row, column, placement] = await Promise.all([
          db.recommendations.get(id),
          db.columns.get(toColumnId),
          rankBetweenNeighbours(db, toColumnId, id, afterId, beforeId),
        ]);
        if (!row) throw new RecordNotFoundError('recommendations', id);
        const card = parseRow(RecommendationSchema, 'recommendations', row);
        if (!column || column.deletedAt !== null) {
          throw new RecordNotFoundError('columns', toColumnId);
        }
        await Promise.all(
          placement.rekeyed.map((sibling) =>
            db.recommendations.update(sibling.id, { rank: sibling.rank }),
          ),
        );
        const changes = {
          ...fields,
          columnId: toColumnId,
          rank: placement.rank,
          updatedAt: nowIso(),
        };
        // The lead-actor rule holds after a re-tag too: the whole card is checked before saving.
        const moved = RecommendationSchema.parse({ ...card, ...changes });
        // The row read above, changed: a put. `update` reads the row itself first, one read
        // more (the journal middleware reads it before either, for the entry's "before").
        await db.recommendations.put({ ...row, ...changes });
        const params = { title: cardName(card), column: column.name, columnOf: toColumnId };
        const action =
          card.columnId !== toColumnId
            ? label('card.moved', params)
            : Object.keys(fields).length > 0
              ? label('card.edited', params)
              : label('card.reordered', params);
        return { result: moved, action };
      });
    },
  };
}
