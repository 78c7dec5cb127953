import { describe, expect, it } from 'vitest';
import type { BoardLayout } from './board-layout';
import { moveInLayout } from './move-in-layout';
import type { Recommendation } from './recommendation';

const card = (id: string, columnId: string) => ({ id, columnId }) as Recommendation;
const layout: BoardLayout = {
  flowColumns: [],
  closedColumns: [],
  cardIdsByColumn: { a: ['1', '2', '3'], b: ['4'] },
  cardsById: new Map([
    ['1', card('1', 'a')],
    ['2', card('2', 'a')],
    ['3', card('3', 'a')],
    ['4', card('4', 'b')],
  ]),
  cardCountByColumn: { a: 3, b: 1 },
  complete: true,
};

describe('moveInLayout', () => {
  it('moves a card across columns to a position', () => {
    const next = moveInLayout(layout, { id: '2', toColumnId: 'b', toIndex: 0 });
    expect(next.cardIdsByColumn).toEqual({ a: ['1', '3'], b: ['2', '4'] });
    expect(next.cardsById.get('2')?.columnId).toBe('b');
    expect(next.cardCountByColumn).toEqual({ a: 2, b: 2 });
    expect(layout.cardIdsByColumn.a).toEqual(['1', '2', '3']);
  });

  it("keeps the whole board's counts while only the first screen is read", () => {
    const firstScreen = { ...layout, cardCountByColumn: { a: 120, b: 40 }, complete: false };
    const next = moveInLayout(firstScreen, { id: '4', toColumnId: 'a', toIndex: 3 });
    expect(next.cardIdsByColumn).toEqual({ a: ['1', '2', '3', '4'], b: [] });
    expect(next.cardCountByColumn).toEqual({ a: 121, b: 39 });
    expect(next.complete).toBe(false);
  });

  it('reorders within a column and clamps the index', () => {
    expect(
      moveInLayout(layout, { id: '1', toColumnId: 'a', toIndex: 99 }).cardIdsByColumn.a,
    ).toEqual(['2', '3', '1']);
  });
});
