import type { Dashboard } from '../../domain/dashboard/dashboard';
import { useI18n } from '../../i18n/i18n-context';
import styles from './dashboard.module.css';
import { DashboardSection } from './dashboard-section';
import { FigureLink } from './figure-link';

/** The two totals every other figure is a part of. */
export function SummarySection({ dashboard }: { dashboard: Dashboard }) {
  const { t, formatNumber } = useI18n();
  return (
    <DashboardSection title={t('dashboard.summary.title')}>
      <dl className={styles.summary}>
        <div>
          <dt>{t('dashboard.summary.counted')}</dt>
          <dd data-testid="dashboard-counted">
            <FigureLink figure={dashboard.counted} />
          </dd>
        </div>
        <div>
          <dt>{t('dashboard.summary.closed')}</dt>
          {/* Archived cards are off the board: no board view can open them, so no door. */}
          <dd>{formatNumber(dashboard.closed.count)}</dd>
        </div>
      </dl>
      <p className={styles.hint}>{t('dashboard.summary.note')}</p>
    </DashboardSection>
  );
}
