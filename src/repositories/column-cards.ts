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

/** A column's first cards on the board, and how many it holds in all. */
export interface ColumnFirstCards {
  cards: Recommendation[];
  count: number;
}

/**
 * The first `limit` cards a column shows, and its card count, read without reading the rest:
 * the count comes from index counts, which IndexedDB answers without loading a row.
 */
export async function columnFirstCards(
  db: RecboardDatabase,
  columnId: string,
  limit: number,
): Promise<ColumnFirstCards> {
  const inColumn = (index: string) =>
    db.recommendations.where(index).between([columnId, Dexie.minKey], [columnId, Dexie.maxKey]);
  const [stored, archived, deleted, rows] = await Promise.all([
    inColumn('[columnId+rank]').count(),
    // These two indexes hold only rows whose archivedAt or deletedAt is set (schema v3).
    inColumn('[columnId+archivedAt]').primaryKeys(),
    inColumn('[columnId+deletedAt]').primaryKeys(),
    inColumn('[columnId+rank]')
      .filter((row) => row.archivedAt == null && row.deletedAt == null)
      .limit(limit)
      .toArray(),
  ]);
  const offBoard = new Set([...archived, ...deleted]).size;
  return {
    cards: parseRows(RecommendationSchema, 'recommendations', rows).filter(isOnBoard),
    count: stored - offBoard,
  };
}
