import type { ColumnStageMatrix } from '../../domain/dashboard/column-stage-matrix';
import { useI18n } from '../../i18n/i18n-context';
import { heatLevel } from './chart-scale';
import styles from './dashboard.module.css';
import { useDashboardContext } from './dashboard-context';
import { DashboardSection } from './dashboard-section';
import { FigureLink } from './figure-link';

/** Column × stage counts; the shading only repeats the number, which is always written. */
export function MatrixSection({ matrix }: { matrix: ColumnStageMatrix }) {
  const { t } = useI18n();
  const { columnName } = useDashboardContext();
  const max = Math.max(0, ...matrix.cells.flat().map((cell) => cell.count));
  return (
    <DashboardSection title={t('dashboard.matrix.title')} wide>
      <div className={styles.scroll}>
        <table className={styles.table}>
          <caption className={styles.caption}>{t('dashboard.matrix.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.matrix.stage')}</th>
              {matrix.columnIds.map((id) => (
                <th key={id} scope="col">
                  {columnName(id)}
                </th>
              ))}
              <th scope="col">{t('dashboard.total')}</th>
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row, rowIndex) => (
              <tr key={row}>
                <th scope="row">{row === 'none' ? t('dashboard.noStage') : t(`stage.${row}`)}</th>
                {matrix.columnIds.map((id, columnIndex) => {
                  const cell = matrix.cells[rowIndex]?.[columnIndex];
                  if (!cell) return <td key={id} />;
                  return (
                    <td key={id} className={styles.num} data-heat={heatLevel(cell.count, max)}>
                      <FigureLink figure={cell} />
                    </td>
                  );
                })}
                <td className={styles.num}>
                  {matrix.rowTotals[rowIndex] && <FigureLink figure={matrix.rowTotals[rowIndex]} />}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('dashboard.total')}</th>
              {matrix.columnTotals.map((total, index) => (
                <td key={matrix.columnIds[index]} className={styles.num}>
                  <FigureLink figure={total} />
                </td>
              ))}
              <td className={styles.num}>
                <FigureLink figure={matrix.total} />
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </DashboardSection>
  );
}
