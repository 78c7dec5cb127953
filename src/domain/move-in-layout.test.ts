import { describe, expect, it } from 'vitest';
import type { BoardLayout } from './board-layout';
import { insertionIndex, moveInLayout, neighboursAt } from './move-in-layout';
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
  it('moves a card across columns next to its new neighbours', () => {
    const next = moveInLayout(layout, { id: '2', toColumnId: 'b', afterId: null, beforeId: '4' });
    expect(next.cardIdsByColumn).toEqual({ a: ['1', '3'], b: ['2', '4'] });
    expect(next.cardsById.get('2')?.columnId).toBe('b');
    expect(next.cardCountByColumn).toEqual({ a: 2, b: 2 });
    expect(layout.cardIdsByColumn.a).toEqual(['1', '2', '3']);
  });

  it("keeps the whole board's counts while only the first screen is read", () => {
    const firstScreen = { ...layout, cardCountByColumn: { a: 120, b: 40 }, complete: false };
    const next = moveInLayout(firstScreen, {
      id: '4',
      toColumnId: 'a',
      afterId: '3',
      beforeId: null,
    });
    expect(next.cardIdsByColumn).toEqual({ a: ['1', '2', '3', '4'], b: [] });
    expect(next.cardCountByColumn).toEqual({ a: 121, b: 39 });
    expect(next.complete).toBe(false);
  });

  it('reorders within a column', () => {
    const move = { id: '1', toColumnId: 'a', afterId: '2', beforeId: '3' };
    expect(moveInLayout(layout, move).cardIdsByColumn.a).toEqual(['2', '1', '3']);
  });
});

describe('a place named by neighbours', () => {
  it('names the neighbours of an index, and finds the index back', () => {
    const order = ['x', 'y', 'z'];
    expect(neighboursAt(order, 0)).toEqual({ afterId: null, beforeId: 'x' });
    expect(neighboursAt(order, 2)).toEqual({ afterId: 'y', beforeId: 'z' });
    expect(neighboursAt(order, 9)).toEqual({ afterId: 'z', beforeId: null });
    for (let index = 0; index <= 3; index += 1) {
      const move = { id: 'm', toColumnId: 'c', ...neighboursAt(order, index) };
      expect(insertionIndex(order, move)).toBe(index);
    }
  });

  it('falls back to the card after, then to the end, when a neighbour has gone', () => {
    const order = ['x', 'z'];
    expect(insertionIndex(order, { id: 'm', toColumnId: 'c', afterId: 'y', beforeId: 'z' })).toBe(
      1,
    );
    expect(insertionIndex(order, { id: 'm', toColumnId: 'c', afterId: 'y', beforeId: 'q' })).toBe(
      2,
    );
  });
});
