import type { CSSProperties } from 'react';
import styles from './table-view.module.css';

interface TableLaneRowProps {
  row: number;
  /** Cells in a full row: the heading spans them all. */
  colCount: number;
  label: string;
  collapsed: boolean;
  active: boolean;
  style: CSSProperties;
}

/** A lane's heading across the table: Enter, Space or a click folds or unfolds the lane. */
export function TableLaneRow({
  row,
  colCount,
  label,
  collapsed,
  active,
  style,
}: TableLaneRowProps) {
  return (
    <tr aria-rowindex={row + 1} className={styles.laneRow} style={style}>
      <td
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a td in a grid is a gridcell; said outright because aria-expanded needs that role
        role="gridcell"
        aria-colindex={1}
        colSpan={colCount}
        aria-expanded={!collapsed}
        tabIndex={active ? 0 : -1}
        data-cell={`${row}:0`}
        className={styles.laneCell}
      >
        <span aria-hidden="true" className={styles.fold}>
          {collapsed ? '▸' : '▾'}
        </span>
        {label}
      </td>
    </tr>
  );
}
