import { useId, useRef } from 'react';
import type { Column } from '../../domain/column';
import { useI18n } from '../../i18n/i18n-context';
import { Icon } from '../../ui/icon';
import styles from './lane-section.module.css';
import { laneStartsInView, useNearView } from './use-near-view';

interface LaneSectionProps {
  label: string;
  count: number;
  collapsed: boolean;
  onToggle: () => void;
  columns: readonly Column[];
  renderColumn: (column: Column, position: number) => React.ReactNode;
  /** Where the lane is stacked, 0 for the top. */
  position: number;
  /** On a large board a lane far below the view waits to build its columns (useNearView). */
  deferrable: boolean;
}

/**
 * One swimlane: its name and count, a fold, and the status columns across it. Folded, it keeps
 * its header (and its count), so nothing is hidden silently. Far below the view on a large
 * board, it keeps its height but builds its columns only once the board scrolls near it:
 * grouping a board then costs the lanes in view, not every lane.
 */
export function LaneSection({
  label,
  count,
  collapsed,
  onToggle,
  columns,
  renderColumn,
  position,
  deferrable,
}: LaneSectionProps) {
  const { t } = useI18n();
  const headingId = useId();
  const section = useRef<HTMLElement>(null);
  const near = useNearView(section, deferrable, () => laneStartsInView(position));
  return (
    <section
      ref={section}
      className={styles.lane}
      aria-labelledby={headingId}
      data-collapsed={collapsed || undefined}
    >
      <h2 className={styles.header}>
        <button
          type="button"
          className={styles.toggle}
          aria-expanded={!collapsed}
          onClick={onToggle}
          aria-label={t(collapsed ? 'lane.expand' : 'lane.collapse', { lane: label })}
        >
          <Icon name={collapsed ? 'chevronRight' : 'chevronDown'} />
        </button>
        <span id={headingId} className={styles.name}>
          {label}
        </span>
        <span className={styles.count}>{t('lane.count', { count })}</span>
      </h2>
      {!collapsed && (
        <div className={styles.columns} data-deferred={near ? undefined : true}>
          {near && columns.map((column, index) => renderColumn(column, index))}
        </div>
      )}
    </section>
  );
}
