import { useI18n } from '../../i18n/i18n-context';
import { CheckboxGroup } from '../../ui/checkbox-group';
import { Disclosure } from '../../ui/disclosure';
import { FIXED_COLUMN, TABLE_COLUMNS, type TableColumnId } from './table-columns';
import styles from './table-view.module.css';

const CHOOSABLE = TABLE_COLUMNS.filter((column) => column !== FIXED_COLUMN);

/** "Columns": a checkbox per column the table can show; the title is always shown. */
export function ColumnsMenu({
  columns,
  onChange,
}: {
  columns: readonly TableColumnId[];
  onChange: (columns: TableColumnId[]) => void;
}) {
  const { t } = useI18n();
  return (
    <Disclosure
      className={styles.menu}
      bodyClassName={styles.menuBody}
      summary={t('table.columns')}
    >
      <CheckboxGroup
        legend={t('table.columnsLegend')}
        options={CHOOSABLE.map((column) => ({ value: column, label: t(`table.column.${column}`) }))}
        selected={columns.filter((column) => column !== FIXED_COLUMN)}
        onChange={(chosen) => onChange([FIXED_COLUMN, ...chosen])}
      />
    </Disclosure>
  );
}
