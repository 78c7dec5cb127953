import { memo, useRef, useState } from 'react';
import type { WorkerDashboard } from '../../domain/dashboard/dashboard-request';
import type { ViewState } from '../../domain/find/view-state';
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
  // Figures are current once computed for this very filter (a new one is a new object).
  const current = status.kind === 'ready' && status.filter === view.filter;
  const names = useDashboardNames(boardId, useShownView(view, current), source);
  const shown: WorkerDashboard | null =
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
            <DashboardSections
              shown={shown}
              unit={unit}
              since={since}
              onUnitChange={setUnit}
              onSinceChange={setSince}
            />
          </div>
        )}
      </div>
    </DashboardContext.Provider>
  );
}

/**
 * The view the figures on screen were computed for. While new figures are computed, the
 * page keeps the last ones and their view, so their doors open what they count, and nothing
 * on the page is drawn again until the new figures come (at 10,000 cards drawing every
 * section twice was most of a filter change).
 */
function useShownView(view: ViewState, current: boolean): ViewState {
  const [held, setHeld] = useState(view);
  // The derived-state pattern: set during render, React renders again before painting.
  if (current && held !== view) setHeld(view);
  return current ? view : held;
}

interface SectionsProps {
  shown: WorkerDashboard;
  unit: FlowUnit;
  since: string | null;
  onUnitChange: (unit: FlowUnit) => void;
  onSinceChange: (since: string | null) => void;
}

/** Every section, drawn again only for new figures or settings. */
const DashboardSections = memo(function DashboardSections(props: SectionsProps) {
  const { shown, unit, since } = props;
  return (
    <>
      <SummarySection dashboard={shown} />
      <MatrixSection matrix={shown.byColumnAndStage} />
      <ActorSection byActor={shown.byActor} />
      <WorkshopSection byWorkshop={shown.byWorkshop} />
      <ResponseSection byResponse={shown.byResponse} />
      <CoverageSection coverage={shown.coverage} />
      <OverTimeSection
        flow={shown.flow}
        flowToken={shown.flowToken}
        quarters={shown.implementedPerQuarter}
        unit={unit}
        onUnitChange={props.onUnitChange}
      />
      <AgeSection openAge={shown.openAge} />
      <SinceSection
        since={since}
        today={shown.today}
        summary={shown.since?.summary ?? null}
        onSinceChange={props.onSinceChange}
      />
    </>
  );
});
