import { foldForSearch } from '../../lib/text';

/*
 * A candidate the board already holds: a card of the same workshop whose words mostly match
 * (Dice's coefficient over the words, ≥ 0.8). Re-importing a report, or a report that repeats
 * an earlier one's call, then shows which candidates are already there.
 */

export const DUPLICATE_FROM = 0.8;

export interface CardText {
  id: string;
  text: string;
  workshopId: string | null;
}

/** A text's words, normalised and case-folded; punctuation and spacing do not count. */
export function words(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of foldForSearch(text).split(/[^\p{L}\p{M}\p{N}]+/u)) {
    if (word !== '') counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

function size(counts: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const count of counts.values()) total += count;
  return total;
}

/** Dice's coefficient of two word bags: 2·|shared| / (|a| + |b|). */
export function dice(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const total = size(a) + size(b);
  if (total === 0) return 0;
  let shared = 0;
  for (const [word, count] of a) shared += Math.min(count, b.get(word) ?? 0);
  return (2 * shared) / total;
}

export interface DuplicateIndex {
  /** The most similar card of the workshop at or over the threshold, or null. */
  find(text: string): { cardId: string; similarity: number } | null;
}

/** Indexes one workshop's cards once, so each candidate compares only with those. */
export function duplicateIndex(
  cards: Iterable<CardText>,
  workshopId: string | null,
): DuplicateIndex {
  const bags: { id: string; words: Map<string, number>; size: number }[] = [];
  if (workshopId !== null) {
    for (const card of cards) {
      if (card.workshopId !== workshopId) continue;
      const bag = words(card.text);
      bags.push({ id: card.id, words: bag, size: size(bag) });
    }
  }
  return {
    find(text) {
      const bag = words(text);
      const n = size(bag);
      let best: { cardId: string; similarity: number } | null = null;
      for (const card of bags) {
        // Dice can reach the threshold only when the lengths are close enough.
        if ((2 * Math.min(n, card.size)) / (n + card.size) < DUPLICATE_FROM) continue;
        const similarity = dice(bag, card.words);
        if (similarity >= DUPLICATE_FROM && similarity > (best?.similarity ?? 0)) {
          best = { cardId: card.id, similarity };
        }
      }
      return best;
    },
  };
}
