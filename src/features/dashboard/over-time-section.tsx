import type { CumulativeFlow } from '../../domain/dashboard/cumulative-flow';
import type { QuarterFigure } from '../../domain/dashboard/implemented-per-quarter';
import { useI18n } from '../../i18n/i18n-context';
import styles from './dashboard.module.css';
import { DashboardSection } from './dashboard-section';
import { FlowChart } from './flow-chart';
import { QuarterChart } from './quarter-chart';

export type FlowUnit = 'week' | 'month';
const UNITS: readonly FlowUnit[] = ['week', 'month'];

export function OverTimeSection({
  flow,
  flowToken,
  quarters,
  unit,
  onUnitChange,
}: {
  flow: CumulativeFlow;
  /** Names this flow to the worker, which reads the cards behind its numbers. */
  flowToken: number;
  quarters: QuarterFigure[];
  unit: FlowUnit;
  onUnitChange: (unit: FlowUnit) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <DashboardSection title={t('dashboard.flow.title')} wide>
        <fieldset className={`${styles.units} ${styles.noPrint}`}>
          <legend>{t('dashboard.flow.unit')}</legend>
          {UNITS.map((option) => (
            <label key={option}>
              <input
                type="radio"
                name="dashboard-flow-unit"
                value={option}
                checked={unit === option}
                onChange={() => onUnitChange(option)}
              />
              {t(`dashboard.flow.${option}`)}
            </label>
          ))}
        </fieldset>
        <FlowChart flow={flow} flowToken={flowToken} />
      </DashboardSection>
      <DashboardSection title={t('dashboard.quarter.title')} wide>
        <QuarterChart quarters={quarters} />
      </DashboardSection>
    </>
  );
}
