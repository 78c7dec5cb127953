import { defaultRangeExtractor, type Range, useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { CardSort } from '../../domain/find/sort';
import type { Recommendation } from '../../domain/recommendation';
import { useI18n } from '../../i18n/i18n-context';
import type { EditorOption } from './cell-editor';
import type { CellNames } from './cell-text';
import type { EditableColumnId } from './cell-write';
import { effectiveCol, type GridShape } from './grid-navigation';
import { rowStyle } from './row-style';
import { TableCardRow } from './table-card-row';
import { gridTemplate, type TableColumnId } from './table-columns';
import { TableHeader } from './table-header';
import { TableLaneRow } from './table-lane-row';
import { rowKey, type TableRow } from './table-rows';
import styles from './table-view.module.css';
import { useGridCursor } from './use-grid-cursor';
import { useGridKeys } from './use-grid-keys';

/** Fixed row heights: the virtualiser never measures, so scrolling never reflows. */
export const ROW_HEIGHT = 44;
const HEADER_HEIGHT = 44;

export interface TableGridProps {
  rows: readonly TableRow[];
  columns: readonly TableColumnId[];
  sort: CardSort | null;
  cardsById: ReadonlyMap<string, Recommendation>;
  names: CellNames;
  options: Readonly<Record<EditableColumnId, EditorOption[]>>;
  laneLabel: (key: string, count: number) => string;
  onSort: (column: TableColumnId) => void;
  onToggleLane: (key: string) => void;
  onOpenCard: (cardId: string) => void;
  onCommit: (card: Recommendation, column: EditableColumnId, value: string) => void;
}

/**
 * The table as a WAI-ARIA grid: one tab stop (the active cell), arrows, Home/End and
 * PageUp/PageDown to move, Enter or F2 to edit. Only the rows in view are in the DOM (and
 * the active one, so the tab stop never disappears); aria-rowcount gives the whole size.
 */
export function TableGrid(props: TableGridProps) {
  const { rows, columns, cardsById } = props;
  const { t } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  const { position, moveTo } = useGridCursor(rows);
  const [editing, setEditing] = useState(false);
  const refocus = useRef(false);
  const shape: GridShape = {
    rows: rows.length + 1,
    cols: columns.length,
    cellsIn: (row) => (row > 0 && rows[row - 1]?.kind === 'lane' ? 1 : columns.length),
    pageRows: Math.max(
      1,
      Math.floor(((scrollRef.current?.clientHeight ?? 0) - HEADER_HEIGHT) / ROW_HEIGHT) - 1,
    ),
  };
  const activeCol = effectiveCol(position, shape);
  const activeIndex = position.row - 1;

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex < 0 || activeIndex >= range.count || indexes.includes(activeIndex)) {
        return indexes;
      }
      return [...indexes, activeIndex].sort((a, b) => a - b);
    },
    [activeIndex],
  );
  // Rows have one fixed height, so the virtualiser keys its layout by index (its default):
  // a key per row would make it lay out every row again for each new sort or scroll. React
  // keys the rows it draws by card (rowKey).
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    // Each scrolled frame draws the rows in view and these: more was style and layout for rows
    // nobody sees (the active row is always drawn, see rangeExtractor).
    overscan: 2,
    // The rows a scroll brings in are drawn in a task of their own, not inside the scroll
    // event's frame: a long jump (a flick, the scrollbar) then never makes one long task of
    // the render, the style and the layout together. The rows are absolutely placed, so
    // nothing overlaps meanwhile.
    useFlushSync: false,
    scrollMargin: HEADER_HEIGHT,
    rangeExtractor,
  });

  // After a key moves the cursor or an edit ends, the active cell takes the focus, in view.
  useLayoutEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    const cell = scrollRef.current?.querySelector<HTMLElement>(
      `[data-cell="${position.row}:${activeCol}"]`,
    );
    cell?.focus({ preventScroll: true });
    cell?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  });

  const endEdit = useCallback(() => {
    // Left by Enter or Escape, the focus comes back to the cell; left by a click, it stays.
    refocus.current = scrollRef.current?.contains(document.activeElement) ?? false;
    setEditing(false);
  }, []);
  const { onCommit } = props;
  const commit = useCallback(
    (card: Recommendation, column: EditableColumnId, value: string) => {
      onCommit(card, column, value);
      endEdit();
    },
    [onCommit, endEdit],
  );
  const handlers = useGridKeys({
    ...props,
    position,
    shape,
    editing,
    onMove: (next) => {
      refocus.current = true;
      moveTo(next);
    },
    onFocusCell: moveTo,
    onEdit: () => setEditing(true),
  });

  const template = gridTemplate(columns);
  return (
    <div ref={scrollRef} className={styles.grid} style={{ scrollPaddingBlockStart: HEADER_HEIGHT }}>
      <table
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the WAI-ARIA data grid pattern is a table with role grid; its cells are navigated by key
        role="grid"
        aria-label={t('table.label')}
        aria-rowcount={rows.length + 1}
        aria-colcount={columns.length}
        className={styles.tableElement}
        {...handlers}
      >
        <TableHeader
          columns={columns}
          sort={props.sort}
          activeCol={position.row === 0 ? activeCol : -1}
          gridTemplate={template}
        />
        <tbody className={styles.body} style={{ blockSize: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            const grid = item.index + 1;
            const offset = item.start - HEADER_HEIGHT;
            if (row.kind === 'lane') {
              return (
                <TableLaneRow
                  key={rowKey(row)}
                  row={grid}
                  colCount={columns.length}
                  label={props.laneLabel(row.key, row.count)}
                  collapsed={row.collapsed}
                  active={grid === position.row}
                  style={rowStyle(offset, template)}
                />
              );
            }
            const card = cardsById.get(row.id);
            if (!card) return null;
            return (
              <TableCardRow
                key={rowKey(row)}
                card={card}
                row={grid}
                columns={columns}
                activeCol={grid === position.row ? activeCol : -1}
                editing={editing && grid === position.row}
                names={props.names}
                options={props.options}
                offset={offset}
                template={template}
                onCommit={commit}
                onCancel={endEdit}
              />
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
