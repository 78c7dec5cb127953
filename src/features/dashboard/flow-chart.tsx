import { useId } from 'react';
import type { CumulativeFlow } from '../../domain/dashboard/cumulative-flow';
import { useI18n } from '../../i18n/i18n-context';
import { Disclosure } from '../../ui/disclosure';
import { CHART, labelEvery, stackedBars, yOf } from './chart-layout';
import { PatternDefs, patternId, Swatch } from './chart-patterns';
import { ticks } from './chart-scale';
import styles from './dashboard.module.css';
import { useDashboardContext } from './dashboard-context';
import { FlowCellLink } from './flow-cell-link';

/** The flow as stacked bars (one per period, a pattern per column), a legend and a table. */
export function FlowChart({ flow, flowToken }: { flow: CumulativeFlow; flowToken: number }) {
  const { t, formatDate, formatNumber } = useI18n();
  const { columnName } = useDashboardContext();
  const prefix = useId().replace(/[^a-zA-Z0-9-]/g, '');
  const { bars, top } = stackedBars(flow.periods.map((period) => period.counts));
  const every = labelEvery(flow.periods.length);
  return (
    <figure className={styles.chart}>
      <svg
        viewBox={`0 0 ${CHART.width} ${CHART.height}`}
        role="img"
        aria-label={t('dashboard.flow.chart')}
        className={styles.svg}
      >
        <PatternDefs prefix={prefix} />
        {ticks(top).map((value) => (
          <g key={value}>
            <line
              x1={CHART.left}
              x2={CHART.width - CHART.right}
              y1={yOf(value, top)}
              y2={yOf(value, top)}
              className={styles.grid}
            />
            <text
              x={CHART.left - 6}
              y={yOf(value, top) + 4}
              textAnchor="end"
              className={styles.axis}
            >
              {formatNumber(value)}
            </text>
          </g>
        ))}
        {bars.map((bar, index) => {
          const period = flow.periods[index];
          return (
            <g key={period?.start ?? index}>
              {bar.segments.map((segment) => (
                <rect
                  key={segment.series}
                  x={bar.x}
                  width={bar.width}
                  y={segment.y}
                  height={segment.height}
                  fill={`url(#${patternId(prefix, segment.series)})`}
                  className={styles.segment}
                />
              ))}
              {period && index % every === 0 && (
                <text
                  x={bar.x + bar.width / 2}
                  y={CHART.height - CHART.bottom + 16}
                  textAnchor="middle"
                  className={styles.axis}
                >
                  {formatDate(period.end)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <p className={styles.caption}>{t('dashboard.flow.caption')}</p>
        <ul className={styles.legend} aria-label={t('dashboard.flow.legend')}>
          {flow.columnIds.map((id, series) => (
            <li key={id}>
              <Swatch prefix={prefix} series={series} /> {columnName(id)}
            </li>
          ))}
        </ul>
      </figcaption>
      <Disclosure className={styles.details} summary={t('dashboard.showTable')}>
        <FlowTable flow={flow} flowToken={flowToken} />
      </Disclosure>
    </figure>
  );
}

/**
 * The flow's figures as a table, each a door to its cards (FlowCellLink reads them for the
 * figures' token): built once its disclosure opens.
 */
function FlowTable({ flow, flowToken }: { flow: CumulativeFlow; flowToken: number }) {
  const { t, formatDate } = useI18n();
  const { columnName } = useDashboardContext();
  return (
    <div className={styles.scroll}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.flow.periodEnd')}</th>
            {flow.columnIds.map((id) => (
              <th key={id} scope="col">
                {columnName(id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {flow.periods.map((period, periodIndex) => (
            <tr key={period.start}>
              <th scope="row">{formatDate(period.end)}</th>
              {period.counts.map((count, index) => {
                const columnId = flow.columnIds[index] ?? '';
                return (
                  <td key={columnId} className={styles.num}>
                    <FlowCellLink count={count} cell={{ flowToken, periodIndex, columnId }} />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
