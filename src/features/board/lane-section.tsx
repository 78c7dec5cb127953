import { useId } from 'react';
import type { Column } from '../../domain/column';
import { useI18n } from '../../i18n/i18n-context';
import { Icon } from '../../ui/icon';
import styles from './lane-section.module.css';

interface LaneSectionProps {
  label: string;
  count: number;
  collapsed: boolean;
  onToggle: () => void;
  columns: readonly Column[];
  renderColumn: (column: Column, position: number) => React.ReactNode;
}

/**
 * One swimlane: its name and count, a fold, and the status columns across it. Folded, it keeps
 * its header (and its count), so nothing is hidden silently.
 */
export function LaneSection({
  label,
  count,
  collapsed,
  onToggle,
  columns,
  renderColumn,
}: LaneSectionProps) {
  const { t } = useI18n();
  const headingId = useId();
  return (
    <section
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
        <div className={styles.columns}>
          {columns.map((column, index) => renderColumn(column, index))}
        </div>
      )}
    </section>
  );
}
