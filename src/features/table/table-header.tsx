import type { CardSort } from '../../domain/find/sort';
import { useI18n } from '../../i18n/i18n-context';
import type { TableColumnId } from './table-columns';
import styles from './table-view.module.css';

interface TableHeaderProps {
  columns: readonly TableColumnId[];
  sort: CardSort | null;
  /** The header cell that holds the grid's one tab stop, or -1. */
  activeCol: number;
  gridTemplate: string;
}

/** The header row: each column header sorts by its column on Enter, Space or a click. */
export function TableHeader({ columns, sort, activeCol, gridTemplate }: TableHeaderProps) {
  const { t } = useI18n();
  return (
    <thead className={styles.head}>
      <tr
        aria-rowindex={1}
        className={styles.headRow}
        style={{ gridTemplateColumns: gridTemplate }}
      >
        {columns.map((column, col) => (
          <th
            key={column}
            scope="col"
            aria-colindex={col + 1}
            aria-sort={
              sort?.key === column
                ? sort.direction === 'asc'
                  ? 'ascending'
                  : 'descending'
                : undefined
            }
            tabIndex={col === activeCol ? 0 : -1}
            data-cell={`0:${col}`}
            className={styles.headCell}
          >
            {t(`table.column.${column}`)}
            {sort?.key === column && (
              <span aria-hidden="true" className={styles.sortMark}>
                {sort.direction === 'asc' ? '▲' : '▼'}
              </span>
            )}
          </th>
        ))}
      </tr>
    </thead>
  );
}
