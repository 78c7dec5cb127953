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
};

describe('moveInLayout', () => {
  it('moves a card across columns to a position', () => {
    const next = moveInLayout(layout, { id: '2', toColumnId: 'b', toIndex: 0 });
    expect(next.cardIdsByColumn).toEqual({ a: ['1', '3'], b: ['2', '4'] });
    expect(next.cardsById.get('2')?.columnId).toBe('b');
    expect(layout.cardIdsByColumn.a).toEqual(['1', '2', '3']);
  });

  it('reorders within a column and clamps the index', () => {
    expect(
      moveInLayout(layout, { id: '1', toColumnId: 'a', toIndex: 99 }).cardIdsByColumn.a,
    ).toEqual(['2', '3', '1']);
  });
});
