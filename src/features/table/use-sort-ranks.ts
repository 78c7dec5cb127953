import { useEffect, useState } from 'react';
import {
  type CardSort,
  type SortContext,
  type SortOrderRequest,
  sortedOrder,
  sortValuesOf,
} from '../../domain/find/sort';
import type { Recommendation } from '../../domain/recommendation';
import { callWorker } from '../../lib/worker-rpc';

/** From this many cards the table sorts in a worker; below, a sort is a few milliseconds. */
export const WORKER_SORT_CARDS = 2000;

/** Each card's place in a sort, and which sort. */
export interface SortRanks {
  sort: CardSort;
  ranks: ReadonlyMap<string, number>;
}

let worker: Worker | null = null;

/**
 * The order, from the sort worker (started by the first large sort). Where there is no
 * worker, or it fails, the page sorts: the same order, only not off the main thread.
 */
function sortOrder(request: SortOrderRequest): Promise<ArrayLike<number>> {
  const onPage = () => sortedOrder(request.values, request.direction, request.locale);
  try {
    worker ??= new Worker(new URL('../../workers/sort.worker.ts', import.meta.url), {
      type: 'module',
    });
  } catch {
    return Promise.resolve().then(onPage);
  }
  return callWorker<SortOrderRequest, Uint32Array>(worker, request).catch(onPage);
}

/**
 * For a large table (`cards` in board order, WORKER_SORT_CARDS or more), each card's place in
 * `sort`, computed in a worker so a click on a header never freezes the page. Until the
 * first answer, and for a small table, null: the rows sort themselves. After a change, the
 * last answer is kept (with the sort it was for) until the new one comes, so the header only
 * says a sort once the rows show it.
 */
export function useSortRanks(
  cards: readonly Recommendation[],
  sort: CardSort | null,
  context: SortContext,
): SortRanks | null {
  const [answer, setAnswer] = useState<SortRanks | null>(null);
  const large = cards.length >= WORKER_SORT_CARDS;
  const key = sort?.key;
  const direction = sort?.direction;
  useEffect(() => {
    if (!large || key === undefined || direction === undefined) return;
    let current = true;
    const values = sortValuesOf(cards, key, context);
    void sortOrder({ values, direction, locale: context.locale }).then((order) => {
      if (!current) return;
      const ranks = new Map<string, number>();
      for (let rank = 0; rank < order.length; rank += 1) {
        const card = cards[order[rank] ?? -1];
        if (card) ranks.set(card.id, rank);
      }
      setAnswer({ sort: { key, direction }, ranks });
    });
    return () => {
      current = false;
    };
  }, [large, cards, key, direction, context]);
  return large ? answer : null;
}
