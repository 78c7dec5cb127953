import { useId } from 'react';
import type { QuarterFigure } from '../../domain/dashboard/implemented-per-quarter';
import { useI18n } from '../../i18n/i18n-context';
import { Disclosure } from '../../ui/disclosure';
import { CHART, labelEvery, quarterOf, stackedBars, yOf } from './chart-layout';
import { PatternDefs, patternId } from './chart-patterns';
import { ticks } from './chart-scale';
import styles from './dashboard.module.css';
import { FigureLink } from './figure-link';

/** Implemented per quarter: bars labelled with their counts, and the same as a table. */
export function QuarterChart({ quarters }: { quarters: QuarterFigure[] }) {
  const { t, formatNumber, formatYear } = useI18n();
  const prefix = useId().replace(/[^a-zA-Z0-9-]/g, '');
  const { bars, top } = stackedBars(quarters.map((quarter) => [quarter.implemented.count]));
  const every = labelEvery(quarters.length);
  const label = (start: string) => {
    const { quarter, year } = quarterOf(start);
    return t('dashboard.quarter.label', { quarter, year: formatYear(year) });
  };
  return (
    <figure className={styles.chart}>
      <svg
        viewBox={`0 0 ${CHART.width} ${CHART.height}`}
        role="img"
        aria-label={t('dashboard.quarter.chart')}
        className={styles.svg}
      >
        <PatternDefs prefix={prefix} />
        {ticks(top).map((value) => (
          <line
            key={value}
            x1={CHART.left}
            x2={CHART.width - CHART.right}
            y1={yOf(value, top)}
            y2={yOf(value, top)}
            className={styles.grid}
          />
        ))}
        {bars.map((bar, index) => {
          const quarter = quarters[index];
          if (!quarter) return null;
          const segment = bar.segments[0];
          const x = bar.x + bar.width / 2;
          return (
            <g key={quarter.start}>
              {segment && (
                <rect
                  x={bar.x}
                  width={bar.width}
                  y={segment.y}
                  height={segment.height}
                  fill={`url(#${patternId(prefix, 1)})`}
                  className={styles.segment}
                />
              )}
              <text
                x={x}
                y={(segment?.y ?? yOf(0, top)) - 4}
                textAnchor="middle"
                className={styles.value}
              >
                {formatNumber(quarter.implemented.count)}
              </text>
              {index % every === 0 && (
                <text
                  x={x}
                  y={CHART.height - CHART.bottom + 16}
                  textAnchor="middle"
                  className={styles.axis}
                >
                  {label(quarter.start)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <Disclosure className={styles.details} summary={t('dashboard.showTable')}>
        <QuarterTable quarters={quarters} label={label} />
      </Disclosure>
    </figure>
  );
}

/** The quarters' figures as a table: built once its disclosure opens. */
function QuarterTable({
  quarters,
  label,
}: {
  quarters: QuarterFigure[];
  label: (start: string) => string;
}) {
  const { t } = useI18n();
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th scope="col">{t('dashboard.quarter.quarter')}</th>
          <th scope="col">{t('dashboard.implemented')}</th>
        </tr>
      </thead>
      <tbody>
        {quarters.map((quarter) => (
          <tr key={quarter.start}>
            <th scope="row">{label(quarter.start)}</th>
            <td className={styles.num}>
              <FigureLink figure={quarter.implemented} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
