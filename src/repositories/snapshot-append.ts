import Dexie from 'dexie';
import type { RecboardDatabase } from '../db/database';
import type { ActionItem } from '../domain/action-item';
import type { Actor } from '../domain/actor';
import type { Column } from '../domain/column';
import { ranksBetween, sortByRank } from '../domain/ordering';
import type { ProgressNote } from '../domain/progress-note';
import type { Recommendation } from '../domain/recommendation';
import type { Workshop } from '../domain/workshop';

/** Rows an import adds to the board (a CSV, a Trello board): all of them new. */
export interface NewRows {
  columns?: Column[];
  workshops?: Workshop[];
  actors?: Actor[];
  recommendations: Recommendation[];
  actionItems?: ActionItem[];
  progressNotes?: ProgressNote[];
}

/**
 * The rows with ranks that place them after what the board holds: new columns after its last
 * column, in the order given; each card at the end of its column, in the order given. Reads the
 * board's columns and, per column, its last card. Call inside the import's transaction.
 */
export async function appendRanks(db: RecboardDatabase, rows: NewRows): Promise<NewRows> {
  const stored = sortByRank(await db.columns.toArray());
  const columnRanks = ranksBetween(stored.at(-1)?.rank ?? null, null, rows.columns?.length ?? 0);
  const columns = (rows.columns ?? []).map((column, index) => ({
    ...column,
    rank: columnRanks[index] ?? column.rank,
  }));
  const byColumn = new Map<string, Recommendation[]>();
  for (const card of rows.recommendations) {
    byColumn.set(card.columnId, [...(byColumn.get(card.columnId) ?? []), card]);
  }
  const ranked = new Map<string, string>();
  for (const [columnId, cards] of byColumn) {
    const last = await db.recommendations
      .where('[columnId+rank]')
      .between([columnId, Dexie.minKey], [columnId, Dexie.maxKey])
      .last();
    const ranks = ranksBetween(last?.rank ?? null, null, cards.length);
    cards.forEach((card, index) => {
      ranked.set(card.id, ranks[index] ?? card.rank);
    });
  }
  const recommendations = rows.recommendations.map((card) => ({
    ...card,
    rank: ranked.get(card.id) ?? card.rank,
  }));
  return { ...rows, columns, recommendations };
}
