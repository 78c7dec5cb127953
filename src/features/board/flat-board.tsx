import { useState } from 'react';
import type { Column } from '../../domain/column';
import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import { Icon } from '../../ui/icon';
import styles from './board-view.module.css';

interface FlatBoardProps {
  flowColumns: readonly Column[];
  closedColumns: readonly Column[];
  /** Cards shown in the closed columns, for the fold's count. */
  closedCount: number;
  renderColumn: (column: Column, position: number) => React.ReactNode;
  onAddColumn: () => void;
}

/**
 * The board not grouped: the workflow's columns in a row, "Add column" after them, and the
 * closed columns apart behind a divider, folding away.
 */
export function FlatBoard({
  flowColumns,
  closedColumns,
  closedCount,
  renderColumn,
  onAddColumn,
}: FlatBoardProps) {
  const { t } = useI18n();
  const [closedOpen, setClosedOpen] = useState(true);
  return (
    <>
      <div className={styles.flow}>
        {flowColumns.map((column, index) => renderColumn(column, index))}
        <Button variant="quiet" className={styles.addColumn} onClick={onAddColumn}>
          <Icon name="plus" />
          {t('column.add')}
        </Button>
      </div>
      {closedColumns.length > 0 && (
        <section className={styles.closed} aria-label={t('board.closedColumns')}>
          <button
            type="button"
            className={styles.closedToggle}
            aria-expanded={closedOpen}
            onClick={() => setClosedOpen((open) => !open)}
          >
            {closedOpen ? <Icon name="chevronDown" /> : <Icon name="chevronRight" />}
            {t('board.closedColumns')}
            <span className={styles.closedCount}>
              {t('column.cardCount', { count: closedCount })}
            </span>
          </button>
          {closedOpen &&
            closedColumns.map((column, index) => renderColumn(column, flowColumns.length + index))}
        </section>
      )}
    </>
  );
}
