import { describe, expect, it } from 'vitest';
import { type GridShape, moveCell } from './grid-navigation';

// A header row, a lane heading (row 1, one cell), then cards; four columns.
const shape: GridShape = {
  rows: 30,
  cols: 4,
  cellsIn: (row) => (row === 1 ? 1 : 4),
  pageRows: 10,
};

describe('moveCell', () => {
  it('moves by one cell with the arrows and stops at the edges', () => {
    expect(moveCell({ row: 5, col: 2 }, { key: 'ArrowRight' }, shape)).toEqual({ row: 5, col: 3 });
    expect(moveCell({ row: 5, col: 3 }, { key: 'ArrowRight' }, shape)).toEqual({ row: 5, col: 3 });
    expect(moveCell({ row: 5, col: 0 }, { key: 'ArrowLeft' }, shape)).toEqual({ row: 5, col: 0 });
    expect(moveCell({ row: 0, col: 1 }, { key: 'ArrowUp' }, shape)).toEqual({ row: 0, col: 1 });
    expect(moveCell({ row: 29, col: 1 }, { key: 'ArrowDown' }, shape)).toEqual({ row: 29, col: 1 });
  });

  it('keeps the column through a heading row of one cell', () => {
    const onHeading = moveCell({ row: 2, col: 3 }, { key: 'ArrowUp' }, shape);
    expect(onHeading).toEqual({ row: 1, col: 3 });
    if (!onHeading) throw new Error('no move');
    expect(moveCell(onHeading, { key: 'ArrowUp' }, shape)).toEqual({ row: 0, col: 3 });
    expect(moveCell(onHeading, { key: 'ArrowRight' }, shape)).toEqual({ row: 1, col: 0 });
    expect(moveCell(onHeading, { key: 'ArrowLeft' }, shape)).toEqual({ row: 1, col: 0 });
  });

  it('goes to the ends of the row with Home and End, of the grid with Ctrl', () => {
    expect(moveCell({ row: 7, col: 2 }, { key: 'Home' }, shape)).toEqual({ row: 7, col: 0 });
    expect(moveCell({ row: 7, col: 1 }, { key: 'End' }, shape)).toEqual({ row: 7, col: 3 });
    expect(moveCell({ row: 7, col: 2 }, { key: 'Home', ctrlKey: true }, shape)).toEqual({
      row: 0,
      col: 0,
    });
    expect(moveCell({ row: 7, col: 0 }, { key: 'End', ctrlKey: true }, shape)).toEqual({
      row: 29,
      col: 3,
    });
    expect(moveCell({ row: 1, col: 2 }, { key: 'End' }, shape)).toEqual({ row: 1, col: 0 });
  });

  it('moves a page with PageUp and PageDown, clamped to the grid', () => {
    expect(moveCell({ row: 5, col: 2 }, { key: 'PageDown' }, shape)).toEqual({ row: 15, col: 2 });
    expect(moveCell({ row: 25, col: 2 }, { key: 'PageDown' }, shape)).toEqual({ row: 29, col: 2 });
    expect(moveCell({ row: 5, col: 2 }, { key: 'PageUp' }, shape)).toEqual({ row: 0, col: 2 });
  });

  it('ignores keys that do not navigate', () => {
    expect(moveCell({ row: 5, col: 2 }, { key: 'Enter' }, shape)).toBeNull();
    expect(moveCell({ row: 5, col: 2 }, { key: 'a' }, shape)).toBeNull();
  });
});
