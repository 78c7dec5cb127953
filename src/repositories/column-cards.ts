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
  const [stored, archived, deleted, firstRows] = await Promise.all([
    inColumn('[columnId+rank]').count(),
    // These two indexes hold only rows whose archivedAt or deletedAt is set (schema v3).
    inColumn('[columnId+archivedAt]').primaryKeys(),
    inColumn('[columnId+deletedAt]').primaryKeys(),
    // One getAll request: a filtered cursor would cost a round trip per row, which made this
    // read most of a large board's start-up. The slack absorbs archived cards among the first.
    inColumn('[columnId+rank]')
      .limit(limit * FIRST_ROWS_SLACK)
      .toArray(),
  ]);
  let onBoardRows = firstRows.filter(isOnBoardRow);
  const columnHasMore = firstRows.length === limit * FIRST_ROWS_SLACK;
  if (onBoardRows.length < limit && columnHasMore) {
    // So many cards off the board come first that only walking the column finds enough.
    onBoardRows = await inColumn('[columnId+rank]').filter(isOnBoardRow).limit(limit).toArray();
  }
  const offBoard = new Set([...archived, ...deleted]).size;
  return {
    // Already filtered on archivedAt and deletedAt as stored: parsing validates those fields,
    // it never changes them.
    cards: parseRows(RecommendationSchema, 'recommendations', onBoardRows.slice(0, limit)),
    count: stored - offBoard,
  };
}

/** How many times `limit` rows the first read asks for: enough with a few archived cards too. */
const FIRST_ROWS_SLACK = 2;

/** isOnBoard for a row not yet parsed: the read filters before paying for validation. */
function isOnBoardRow(row: { archivedAt?: unknown; deletedAt?: unknown }): boolean {
  return row.archivedAt == null && row.deletedAt == null;
}
