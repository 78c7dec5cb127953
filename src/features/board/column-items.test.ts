import { describe, expect, it } from 'vitest';
import { dropPlace, findColumn, moveAcrossColumns } from './column-items';

const board = () => ({ todo: ['a', 'b', 'c'], doing: ['x', 'y'], done: [] as string[] });

describe('the order while a card is dragged', () => {
  it('finds the column of a card or of a column id', () => {
    expect(findColumn(board(), 'y')).toBe('doing');
    expect(findColumn(board(), 'done')).toBe('done');
    expect(findColumn(board(), 'nowhere')).toBeUndefined();
  });

  it('crosses into another column above the card it is over, or below once past it', () => {
    expect(moveAcrossColumns(board(), 'b', 'y', false)).toEqual({
      todo: ['a', 'c'],
      doing: ['x', 'b', 'y'],
      done: [],
    });
    expect(moveAcrossColumns(board(), 'b', 'y', true).doing).toEqual(['x', 'y', 'b']);
  });

  it('goes to the end of a column when over the column itself, empty or not', () => {
    expect(moveAcrossColumns(board(), 'a', 'done', false).done).toEqual(['a']);
    expect(moveAcrossColumns(board(), 'a', 'doing', false).doing).toEqual(['x', 'y', 'a']);
  });

  it('moves to the end of its own column over that column, and keeps the same object after', () => {
    const moved = moveAcrossColumns(board(), 'a', 'todo', false);
    expect(moved.todo).toEqual(['b', 'c', 'a']);
    expect(moveAcrossColumns(moved, 'a', 'todo', false)).toBe(moved);
  });

  it('changes nothing over a card of its own column: the sortable list shows that slot', () => {
    const items = board();
    expect(moveAcrossColumns(items, 'a', 'c', false)).toBe(items);
  });
});

describe('the place of a dropped card', () => {
  it('takes the slot of the card it is over in its column', () => {
    expect(dropPlace(board(), 'a', 'c')).toEqual({ columnId: 'todo', order: ['b', 'c', 'a'] });
    expect(dropPlace(board(), 'c', 'a')).toEqual({ columnId: 'todo', order: ['c', 'a', 'b'] });
  });

  it('stays where the drag put it when over the column itself or over its own slot', () => {
    const crossed = moveAcrossColumns(board(), 'b', 'done', false);
    expect(dropPlace(crossed, 'b', 'done')).toEqual({ columnId: 'done', order: ['b'] });
    expect(dropPlace(board(), 'b', 'b')).toEqual({ columnId: 'todo', order: ['a', 'b', 'c'] });
  });

  it('has no place for a card that is not on the board', () => {
    expect(dropPlace(board(), 'ghost', 'x')).toBeNull();
  });
});
