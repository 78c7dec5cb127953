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
  const indexByKey = useMemo(() => new Map(rows.map((row, index) => [rowKey(row), index])), [rows]);
  const index = cursor.key === HEADER ? undefined : indexByKey.get(cursor.key);
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
