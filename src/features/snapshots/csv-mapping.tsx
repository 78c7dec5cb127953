import { CSV_IMPORT_FIELDS, type CsvImportField } from '../../domain/formats/csv-fields';
import type { HeaderMapping } from '../../domain/formats/csv-header-match';
import { useI18n } from '../../i18n/i18n-context';
import styles from './snapshots.module.css';

/** The mapping with one file column feeding `field` (or nothing): a field takes one column. */
export function withColumn(
  mapping: HeaderMapping,
  header: string,
  field: CsvImportField | '',
): HeaderMapping {
  const next: HeaderMapping = {};
  for (const [each, mapped] of Object.entries(mapping) as [CsvImportField, string][]) {
    if (mapped !== header && each !== field) next[each] = mapped;
  }
  if (field !== '') next[field] = header;
  return next;
}

/** One select per column of the file: which Recboard field it feeds, or none. */
export function CsvMapping({
  headers,
  mapping,
  onChange,
}: {
  headers: readonly string[];
  mapping: HeaderMapping;
  onChange: (mapping: HeaderMapping) => void;
}) {
  const { t } = useI18n();
  const fieldOf = (header: string) =>
    (Object.entries(mapping) as [CsvImportField, string][]).find(
      ([, mapped]) => mapped === header,
    )?.[0] ?? '';
  return (
    <table className={styles.mapping}>
      <caption>{t('snapshots.csv.mappingTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('snapshots.csv.fileColumn')}</th>
          <th scope="col">{t('snapshots.csv.field')}</th>
        </tr>
      </thead>
      <tbody>
        {headers.map((header, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a file may repeat a header; its columns never reorder
          <tr key={index}>
            <th scope="row">{header || t('snapshots.csv.unnamedColumn', { n: index + 1 })}</th>
            <td>
              <select
                aria-label={t('snapshots.csv.fieldFor', { column: header || String(index + 1) })}
                value={fieldOf(header)}
                onChange={(event) =>
                  onChange(withColumn(mapping, header, event.target.value as CsvImportField | ''))
                }
              >
                <option value="">{t('snapshots.csv.notImported')}</option>
                {CSV_IMPORT_FIELDS.map((field) => (
                  <option key={field} value={field}>
                    {t(`snapshots.csv.${field}`)}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
