import Dexie from 'dexie';
import type { RecboardDatabase } from '../db/database';
import { sortByRank } from '../domain/ordering';
import { type Recommendation, RecommendationSchema } from '../domain/recommendation';
import { parseRows } from './parse-row';

/** Every card stored in a column (archived and deleted ones too), in rank order. */
export async function columnCards(
  db: RecboardDatabase,
  columnId: string,
): Promise<Recommendation[]> {
  const rows = await db.recommendations
    .where('[columnId+rank]')
    .between([columnId, Dexie.minKey], [columnId, Dexie.maxKey])
    .toArray();
  return sortByRank(parseRows(RecommendationSchema, 'recommendations', rows));
}

/** A card the board shows: neither archived nor deleted. */
export function isOnBoard(rec: Recommendation): boolean {
  return rec.deletedAt === null && rec.archivedAt === null;
}
