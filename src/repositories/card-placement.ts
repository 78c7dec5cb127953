import Dexie from 'dexie';
import type { RecboardDatabase } from '../db/database';
import { insertionIndex } from '../domain/move-in-layout';
import { placeAt, type RankPlacement, rankBetween } from '../domain/ordering';
import type { Recommendation } from '../domain/recommendation';
import { columnCards, isOnBoard } from './column-cards';

type Bound = string | null;

/**
 * The rank for a card placed between two neighbours in a column, reading the neighbours and
 * the stored row just past one of them: a few rows, whatever the column's length. A neighbour
 * that has left the column (moved in another tab) is passed over for the other one, then for
 * the column's end. Only when two rows share a rank (two devices wrote the same key) is the
 * column read whole and re-keyed.
 */
export async function rankBetweenNeighbours(
  db: RecboardDatabase,
  columnId: string,
  movingId: string,
  afterId: string | null,
  beforeId: string | null,
): Promise<RankPlacement> {
  const inColumn = async (id: string | null) => {
    if (id === null || id === movingId) return null;
    const row = await db.recommendations.get(id);
    return row && row.columnId === columnId ? row : null;
  };
  let lower: Bound;
  let upper: Bound;
  const after = await inColumn(afterId);
  const before = after ? null : await inColumn(beforeId);
  if (after) {
    lower = after.rank;
    upper = await neighbourRank(db, columnId, movingId, after.rank, 'next');
  } else if (before) {
    upper = before.rank;
    lower = await neighbourRank(db, columnId, movingId, before.rank, 'previous');
  } else if (afterId === null) {
    lower = null;
    upper = await endRank(db, columnId, movingId, 'first');
  } else {
    lower = await endRank(db, columnId, movingId, 'last');
    upper = null;
  }
  if (lower === null || upper === null || lower < upper) {
    return { rank: rankBetween(lower, upper), rekeyed: [] };
  }
  return rekeyColumn(db, columnId, movingId, afterId, beforeId);
}

/** The rank of the stored row just after (or before) `rank` in the column, the moving card left out. */
async function neighbourRank(
  db: RecboardDatabase,
  columnId: string,
  movingId: string,
  rank: string,
  direction: 'next' | 'previous',
): Promise<Bound> {
  const range =
    direction === 'next'
      ? db.recommendations
          .where('[columnId+rank]')
          .between([columnId, rank], [columnId, Dexie.maxKey], false, true)
      : db.recommendations
          .where('[columnId+rank]')
          .between([columnId, Dexie.minKey], [columnId, rank], true, false)
          .reverse();
  // Two rows: one of them may be the moving card itself.
  const rows = await range.limit(2).toArray();
  return rows.find((row) => row.id !== movingId)?.rank ?? null;
}

async function endRank(
  db: RecboardDatabase,
  columnId: string,
  movingId: string,
  end: 'first' | 'last',
): Promise<Bound> {
  const column = db.recommendations
    .where('[columnId+rank]')
    .between([columnId, Dexie.minKey], [columnId, Dexie.maxKey]);
  const rows = await (end === 'first' ? column : column.reverse()).limit(2).toArray();
  return rows.find((row) => row.id !== movingId)?.rank ?? null;
}

/** Ranks that collide: the column is re-keyed once, the card placed among the cards shown. */
async function rekeyColumn(
  db: RecboardDatabase,
  columnId: string,
  movingId: string,
  afterId: string | null,
  beforeId: string | null,
): Promise<RankPlacement> {
  const siblings = (await columnCards(db, columnId)).filter(
    (card: Recommendation) => card.id !== movingId && isOnBoard(card),
  );
  const order = siblings.map((card) => card.id);
  const index = insertionIndex(order, { id: movingId, toColumnId: columnId, afterId, beforeId });
  return placeAt(siblings, index);
}
