import { memo } from 'react';
import type { Recommendation } from '../../domain/recommendation';
import type { EditorOption } from './cell-editor';
import { CellEditor } from './cell-editor';
import { type CellNames, cellText } from './cell-text';
import { cellValue, type EditableColumnId } from './cell-write';
import { rowStyle } from './row-style';
import { EDITABLE_COLUMNS, type TableColumnId } from './table-columns';
import styles from './table-view.module.css';

interface TableCardRowProps {
  card: Recommendation;
  /** The row's place in the grid: 0 is the header row. */
  row: number;
  columns: readonly TableColumnId[];
  /** The active cell's column in this row, or -1. */
  activeCol: number;
  editing: boolean;
  names: CellNames;
  options: Readonly<Record<EditableColumnId, EditorOption[]>>;
  /** Where the row sits in the list, in pixels: a number, so an unchanged row is not redrawn. */
  offset: number;
  template: string;
  onCommit: (card: Recommendation, column: EditableColumnId, value: string) => void;
  onCancel: () => void;
}

function isEditable(column: TableColumnId): column is EditableColumnId {
  return EDITABLE_COLUMNS.has(column);
}

function cellClass(column: TableColumnId, editor: boolean): string {
  const base = column === 'title' ? styles.titleCell : styles.cell;
  return editor ? `${base} ${styles.editing}` : (base ?? '');
}

/** One recommendation: the title names the row; the editable cells turn into fields. */
export const TableCardRow = memo(function TableCardRow(props: TableCardRowProps) {
  const { card, row, columns, activeCol, editing, names, options } = props;
  return (
    <tr
      aria-rowindex={row + 1}
      className={styles.row}
      style={rowStyle(props.offset, props.template)}
    >
      {columns.map((column, col) => {
        const active = col === activeCol;
        const Cell = column === 'title' ? 'th' : 'td';
        const editor = active && editing && isEditable(column);
        return (
          <Cell
            key={column}
            scope={column === 'title' ? 'row' : undefined}
            aria-colindex={col + 1}
            tabIndex={active && !editing ? 0 : -1}
            data-cell={`${row}:${col}`}
            className={cellClass(column, editor)}
          >
            {editor ? (
              <CellEditor
                column={column}
                initial={cellValue(card, column)}
                label={names.i18n.t(`table.column.${column}`)}
                options={options[column]}
                onCommit={(value) => props.onCommit(card, column, value)}
                onCancel={props.onCancel}
              />
            ) : (
              cellText(card, column, names)
            )}
          </Cell>
        );
      })}
    </tr>
  );
});
