import type { ActorBreakdown, ActorStanding } from '../../domain/dashboard/actor-figures';
import { emptyFigure } from '../../domain/dashboard/figure';
import { useI18n } from '../../i18n/i18n-context';
import styles from './dashboard.module.css';
import { useDashboardContext } from './dashboard-context';
import { DashboardSection } from './dashboard-section';
import { FigureLink } from './figure-link';

const PLACES = ['open', 'overdue', 'implemented'] as const;
const NOTHING: ActorStanding = {
  open: emptyFigure(),
  overdue: emptyFigure(),
  implemented: emptyFigure(),
};

function Standing({ standing }: { standing: ActorStanding }) {
  return PLACES.map((place) => (
    <td key={place} className={styles.num}>
      <FigureLink figure={standing[place]} />
    </td>
  ));
}

/** Per actor, leading and involved: who carries the most overdue work comes first. */
export function ActorSection({ byActor }: { byActor: ActorBreakdown }) {
  const { t, compare } = useI18n();
  const { actorName } = useDashboardContext();
  const rows = byActor.actors
    .map((row) => ({ ...row, name: actorName(row.actorId) }))
    .sort(
      (a, b) =>
        b.involved.overdue.count - a.involved.overdue.count ||
        b.involved.open.count - a.involved.open.count ||
        compare(a.name, b.name),
    );
  const placeHeaders = PLACES.map((place) => (
    <th key={place} scope="col">
      {t(`dashboard.${place}`)}
    </th>
  ));
  return (
    <DashboardSection title={t('dashboard.actors.title')} wide>
      <div className={styles.scroll}>
        <table className={styles.table}>
          <caption className={styles.caption}>{t('dashboard.actors.caption')}</caption>
          <thead>
            <tr>
              <td />
              <th scope="colgroup" colSpan={3}>
                {t('dashboard.actors.lead')}
              </th>
              <th scope="colgroup" colSpan={3}>
                {t('dashboard.actors.involved')}
              </th>
            </tr>
            <tr>
              <th scope="col">{t('dashboard.actors.actor')}</th>
              {placeHeaders}
              {placeHeaders}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.actorId}>
                <th scope="row">{row.name}</th>
                <Standing standing={row.lead} />
                <Standing standing={row.involved} />
              </tr>
            ))}
            <tr>
              <th scope="row">{t('dashboard.actors.noLead')}</th>
              <Standing standing={byActor.withoutLead} />
              <Standing standing={NOTHING} />
            </tr>
            <tr>
              <th scope="row">{t('dashboard.actors.noActor')}</th>
              <Standing standing={NOTHING} />
              <Standing standing={byActor.withoutActor} />
            </tr>
          </tbody>
        </table>
      </div>
    </DashboardSection>
  );
}
