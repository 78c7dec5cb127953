import { useCallback, useMemo, useState } from 'react';
import type { CellPosition } from './grid-navigation';
import { rowKey, type TableRow } from './table-rows';

const HEADER = 'header';

/** The active cell, kept by its row's key: a re-sort or an edit moves the row, not the cursor. */
interface Cursor {
  key: string;
  col: number;
  /** Where the row was last: the cursor stays about there when its row leaves the table. */
  row: number;
}

/**
 * The grid's one tab stop (roving tabindex): which cell is active, as a grid position
 * (row 0 the header row), following its card when the rows are sorted or filtered again.
 */
export function useGridCursor(rows: readonly TableRow[]) {
  const [cursor, setCursor] = useState<Cursor>({ key: HEADER, col: 0, row: 0 });
  const index = useMemo(() => rowIndexOf(rows, cursor), [rows, cursor]);
  const row =
    cursor.key === HEADER ? 0 : index !== undefined ? index + 1 : Math.min(cursor.row, rows.length);
  const position: CellPosition = { row, col: cursor.col };
  const moveTo = useCallback(
    (next: CellPosition) => {
      const target = next.row === 0 ? undefined : rows[next.row - 1];
      setCursor({
        key: target ? rowKey(target) : HEADER,
        col: next.col,
        row: target ? next.row : 0,
      });
    },
    [rows],
  );
  return { position, moveTo };
}

/**
 * The cursor's row index: where it was when it is still there (a key press, an edit), else
 * found by key (a new sort moved it). No map of every row's key: at 10,000 rows building one
 * was a tenth of opening or sorting the table, for a cursor that is usually on the header.
 */
function rowIndexOf(rows: readonly TableRow[], cursor: Cursor): number | undefined {
  if (cursor.key === HEADER) return undefined;
  const last = rows[cursor.row - 1];
  if (last !== undefined && rowKey(last) === cursor.key) return cursor.row - 1;
  const found = rows.findIndex((candidate) => rowKey(candidate) === cursor.key);
  return found < 0 ? undefined : found;
}
