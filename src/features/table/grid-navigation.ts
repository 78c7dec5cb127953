/** A cell of the grid: row 0 is the header row; the rows of the table follow from 1. */
export interface CellPosition {
  row: number;
  col: number;
}

export interface GridShape {
  /** Rows in the grid, the header row included. */
  rows: number;
  /** Cells in a full row. */
  cols: number;
  /** Cells in a given row: a lane's heading row is one cell across the table. */
  cellsIn: (row: number) => number;
  /** Rows a PageUp or PageDown moves: about what the grid shows at once. */
  pageRows: number;
}

export interface NavigationKey {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/** The cell of `at` that exists in its row: a heading row's one cell stands for every column. */
export function effectiveCol(at: CellPosition, shape: GridShape): number {
  return Math.max(0, Math.min(at.col, shape.cellsIn(at.row) - 1));
}

function clamp(value: number, max: number): number {
  return Math.max(0, Math.min(value, max));
}

/**
 * Where a key moves the active cell, as in the WAI-ARIA grid pattern: arrows by one cell,
 * Home/End to the row's ends (with Ctrl, the grid's), PageUp/PageDown by a page. It stops at
 * the edges (no wrapping). Moving up or down keeps the column it was in, even through a
 * heading row of one cell. Null: not a navigation key.
 */
export function moveCell(
  at: CellPosition,
  input: NavigationKey,
  shape: GridShape,
): CellPosition | null {
  const lastRow = shape.rows - 1;
  const lastCol = shape.cols - 1;
  const wide = input.ctrlKey === true || input.metaKey === true;
  switch (input.key) {
    case 'ArrowUp':
      return { row: clamp(at.row - 1, lastRow), col: at.col };
    case 'ArrowDown':
      return { row: clamp(at.row + 1, lastRow), col: at.col };
    case 'ArrowLeft':
      return { row: at.row, col: clamp(effectiveCol(at, shape) - 1, lastCol) };
    case 'ArrowRight': {
      const last = shape.cellsIn(at.row) - 1;
      return { row: at.row, col: Math.min(effectiveCol(at, shape) + 1, last) };
    }
    case 'Home':
      return wide ? { row: 0, col: 0 } : { row: at.row, col: 0 };
    case 'End':
      return wide
        ? { row: lastRow, col: Math.max(0, shape.cellsIn(lastRow) - 1) }
        : { row: at.row, col: Math.max(0, shape.cellsIn(at.row) - 1) };
    case 'PageUp':
      return { row: clamp(at.row - shape.pageRows, lastRow), col: at.col };
    case 'PageDown':
      return { row: clamp(at.row + shape.pageRows, lastRow), col: at.col };
    default:
      return null;
  }
}
