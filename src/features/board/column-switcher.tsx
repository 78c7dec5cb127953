import { useEffect, useId, useState } from 'react';
import type { Column } from '../../domain/column';
import { useI18n } from '../../i18n/i18n-context';
import styles from './board-view.module.css';

interface ColumnSwitcherProps {
  columns: readonly Column[];
  /** The element that scrolls the columns sideways, one column wide on a phone. */
  scroller: HTMLElement | null;
}

const columnElement = (scroller: HTMLElement, columnId: string) =>
  scroller.querySelector<HTMLElement>(`section[data-column-id="${CSS.escape(columnId)}"]`);

/**
 * On a phone the board shows one column at a time: this picks which, and follows a swipe
 * (the columns snap, and a long press still drags: use-swipe-navigation-guard.ts).
 */
export function ColumnSwitcher({ columns, scroller }: ColumnSwitcherProps) {
  const { t, columnName } = useI18n();
  const id = useId();
  const [current, setCurrent] = useState(columns[0]?.id ?? '');

  useEffect(() => {
    if (!scroller) return;
    let frame = 0;
    const follow = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const left = scroller.getBoundingClientRect().left;
        let nearest: { id: string; distance: number } | null = null;
        for (const column of columns) {
          const box = columnElement(scroller, column.id)?.getBoundingClientRect();
          if (!box) continue;
          const distance = Math.abs(box.left - left);
          if (!nearest || distance < nearest.distance) nearest = { id: column.id, distance };
        }
        if (nearest) setCurrent(nearest.id);
      });
    };
    scroller.addEventListener('scroll', follow, { passive: true });
    return () => {
      scroller.removeEventListener('scroll', follow);
      cancelAnimationFrame(frame);
    };
  }, [scroller, columns]);

  return (
    <div className={styles.switcher}>
      <label htmlFor={id}>{t('board.switcher.label')}</label>
      <select
        id={id}
        value={current}
        onChange={(event) => {
          setCurrent(event.target.value);
          const target = scroller && columnElement(scroller, event.target.value);
          target?.scrollIntoView({ block: 'nearest', inline: 'start' });
        }}
      >
        {columns.map((column) => (
          <option key={column.id} value={column.id}>
            {columnName(column)}
          </option>
        ))}
      </select>
    </div>
  );
}
