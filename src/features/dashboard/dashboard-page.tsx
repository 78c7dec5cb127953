import { useRef, useState } from 'react';
import type { Dashboard } from '../../domain/dashboard/dashboard';
import { useI18n } from '../../i18n/i18n-context';
import { todayCalendarDate } from '../../lib/dates';
import { useViewState } from '../../queries/use-view-state';
import { ActorSection } from './actor-section';
import { CoverageSection } from './coverage-section';
import styles from './dashboard.module.css';
import { DashboardContext } from './dashboard-context';
import { DashboardToolbar } from './dashboard-toolbar';
import { FailureDetails } from './failure-details';
import { MatrixSection } from './matrix-section';
import { type FlowUnit, OverTimeSection } from './over-time-section';
import { AgeSection, ResponseSection } from './response-age-sections';
import { SinceSection } from './since-section';
import { SummarySection } from './summary-section';
import { useDashboard } from './use-dashboard';
import { useDashboardNames } from './use-dashboard-names';
import { useDashboardTitle } from './use-dashboard-title';
import { WorkshopSection } from './workshop-section';

/**
 * The progress dashboard of the current view (filter or saved view, from the URL): every
 * figure opens the board on its cards; it prints as a handout and saves as a PNG.
 */
export function DashboardPage({ boardId }: { boardId: string }) {
  const { t } = useI18n();
  const { view } = useViewState();
  const [unit, setUnit] = useState<FlowUnit>('month');
  const [since, setSince] = useState<string | null>(null);
  const { status, source, retry } = useDashboard(boardId, view, { unit, since });
  const names = useDashboardNames(boardId, view, source);
  const shown: Dashboard | null =
    status.kind === 'ready'
      ? status.dashboard
      : status.kind === 'computing'
        ? status.previous
        : null;
  const today = shown?.today ?? todayCalendarDate();
  const title = useDashboardTitle(boardId, view, today);
  const page = useRef<HTMLDivElement>(null);
  return (
    <DashboardContext.Provider value={names}>
      <div
        ref={page}
        className={styles.page}
        data-testid="dashboard"
        data-status={status.kind}
        data-figures-ms={status.kind === 'ready' ? Math.round(status.millis) : undefined}
      >
        <h2 className={styles.title}>{title}</h2>
        <DashboardToolbar target={page} today={today} />
        <p role="status" className={styles.status}>
          {status.kind === 'reading' && t('dashboard.reading')}
          {status.kind === 'computing' && t('dashboard.computing')}
          {status.kind === 'failed' && t('dashboard.failed')}
        </p>
        {status.kind === 'failed' && <FailureDetails message={status.message} onRetry={retry} />}
        {shown && (
          <div className={styles.sections} aria-busy={status.kind === 'computing'}>
            <SummarySection dashboard={shown} />
            <MatrixSection matrix={shown.byColumnAndStage} />
            <ActorSection byActor={shown.byActor} />
            <WorkshopSection byWorkshop={shown.byWorkshop} />
            <ResponseSection byResponse={shown.byResponse} />
            <CoverageSection coverage={shown.coverage} />
            <OverTimeSection
              flow={shown.flow}
              quarters={shown.implementedPerQuarter}
              unit={unit}
              onUnitChange={setUnit}
            />
            <AgeSection openAge={shown.openAge} />
            <SinceSection
              since={since}
              today={shown.today}
              summary={shown.since?.summary ?? null}
              onSinceChange={setSince}
            />
          </div>
        )}
      </div>
    </DashboardContext.Provider>
  );
}
