import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import { z } from '../lib/zod';

/**
 * Order within a column is a fractional-index string key: a card moved between two others gets
 * a key between theirs, so no other row is rewritten (integers would force renumbering; float
 * midpoints run out of precision after ~50 moves into the same gap).
 */
export const RankSchema = z.string().check(z.minLength(1), z.maxLength(512));
export type Rank = z.infer<typeof RankSchema>;

/** Ranks compare by code unit, not by locale: the keys are base-62 ASCII. */
export function compareRanks(a: string, b: string): number {
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}

/** Sorts items with a `rank` (and an `id` tiebreak so equal ranks from two devices stay stable). */
export function sortByRank<T extends { rank: string; id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareRanks(a.rank, b.rank) || compareRanks(a.id, b.id));
}

/** A key strictly between two neighbours (null = open end). */
export function rankBetween(before: string | null, after: string | null): string {
  return generateKeyBetween(before, after);
}

/** `count` ascending keys between two neighbours, evenly spread. */
export function ranksBetween(before: string | null, after: string | null, count: number): string[] {
  return generateNKeysBetween(before, after, count);
}

export interface RankPlacement {
  /** The rank for the moved item. */
  rank: string;
  /** Items whose ranks had to be rewritten because neighbours collided (usually none). */
  rekeyed: { id: string; rank: string }[];
}

/**
 * The rank for an item placed at `index` among `siblings` (already sorted, the moved item
 * excluded). When two siblings share a rank (two devices wrote the same key), no key fits
 * between them: the whole list is re-keyed once, and the rewritten ranks are returned so the
 * caller saves them in the same transaction.
 */
export function placeAt(
  siblings: readonly { id: string; rank: string }[],
  index: number,
): RankPlacement {
  const at = Math.max(0, Math.min(index, siblings.length));
  const before = siblings[at - 1]?.rank ?? null;
  const after = siblings[at]?.rank ?? null;
  if (before === null || after === null || before < after) {
    return { rank: rankBetween(before, after), rekeyed: [] };
  }
  const keys = ranksBetween(null, null, siblings.length + 1);
  const rekeyed: { id: string; rank: string }[] = [];
  let k = 0;
  let rank = '';
  for (let i = 0; i <= siblings.length; i += 1) {
    if (i === at) {
      rank = keys[k++] as string;
    }
    const sibling = siblings[i];
    if (sibling) rekeyed.push({ id: sibling.id, rank: keys[k++] as string });
  }
  return { rank, rekeyed };
}
