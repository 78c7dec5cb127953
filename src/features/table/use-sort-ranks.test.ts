import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type CardSort, type SortContext, sortCards } from '../../domain/find/sort';
import { testCard } from '../../domain/find/test-card';
import { tableRows } from './table-rows';
import { useSortRanks, WORKER_SORT_CARDS } from './use-sort-ranks';

const context: SortContext = { locale: 'en' };
const cards = Array.from({ length: WORKER_SORT_CARDS }, (_, index) =>
  testCard({ title: `Recommendation ${(index * 7919) % WORKER_SORT_CARDS}` }),
);
const byTitle: CardSort = { key: 'title', direction: 'asc' };
const byTitleDown: CardSort = { key: 'title', direction: 'desc' };

describe('useSortRanks', () => {
  it("ranks a large table's cards as sortCards orders them, and says for which sort", async () => {
    const { result } = renderHook(() => useSortRanks(cards, byTitle, context));
    expect(result.current).toBeNull();
    await waitFor(() => expect(result.current).not.toBeNull());
    expect(result.current?.sort).toEqual(byTitle);
    const expected = sortCards(cards, byTitle, context).map((card) => card.id);
    const ranked = [...cards].sort(
      (a, b) => (result.current?.ranks.get(a.id) ?? 0) - (result.current?.ranks.get(b.id) ?? 0),
    );
    expect(ranked.map((card) => card.id)).toEqual(expected);
  });

  it('keeps the last answer, with its sort, until the new one comes', async () => {
    const { result, rerender } = renderHook(({ sort }) => useSortRanks(cards, sort, context), {
      initialProps: { sort: byTitle },
    });
    await waitFor(() => expect(result.current?.sort).toEqual(byTitle));
    rerender({ sort: byTitleDown });
    expect(result.current?.sort).toEqual(byTitle);
    await waitFor(() => expect(result.current?.sort).toEqual(byTitleDown));
  });

  it('leaves a small table to sort itself', () => {
    const { result } = renderHook(() => useSortRanks(cards.slice(0, 10), byTitle, context));
    expect(result.current).toBeNull();
  });
});

describe('tableRows with ranks', () => {
  it('orders each lane by rank, a card without one last', () => {
    const [a, b, c] = cards;
    if (!a || !b || !c) throw new Error('no cards');
    const rows = tableRows({
      lanes: [{ key: 'all', count: 3, cardIdsByColumn: { col: [a.id, b.id, c.id] } }],
      columnOrder: ['col'],
      grouped: false,
      collapsedLanes: [],
      cardsById: new Map([a, b, c].map((card) => [card.id, card])),
      sort: byTitle,
      sortContext: context,
      ranks: new Map([
        [c.id, 0],
        [a.id, 1],
      ]),
    });
    expect(rows.map((row) => (row.kind === 'card' ? row.id : row.key))).toEqual([c.id, a.id, b.id]);
  });
});
