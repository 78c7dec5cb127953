import type { Column } from '../../domain/column';
import { useI18n } from '../../i18n/i18n-context';
import { Icon } from '../../ui/icon';
import styles from './board-column.module.css';

interface ColumnHeaderProps {
  column: Column;
  headingId: string;
  count: number;
  onSettings: (columnId: string) => void;
}

/** Name, count and the soft WIP limit: past it the column warns, it never refuses a card. */
export function ColumnHeader({ column, headingId, count, onSettings }: ColumnHeaderProps) {
  const { t, columnName } = useI18n();
  const over = column.wipLimit !== null && count > column.wipLimit;
  return (
    <header className={styles.header}>
      <h2 id={headingId} className={styles.name}>
        {columnName(column)}
      </h2>
      <span className={styles.count} data-over-limit={over || undefined}>
        {column.wipLimit === null
          ? t('column.cardCount', { count })
          : t('column.cardCountWithLimit', { count, limit: column.wipLimit })}
      </span>
      <button
        type="button"
        className={styles.settings}
        onClick={() => onSettings(column.id)}
        aria-label={t('column.settingsLabel', { column: columnName(column) })}
      >
        <Icon name="settings" size={18} />
      </button>
      {over && (
        <p className={styles.wipWarning} role="note">
          {t('column.overLimit', { limit: column.wipLimit ?? 0 })}
        </p>
      )}
    </header>
  );
}
