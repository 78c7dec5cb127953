import type { Figure } from '../../domain/dashboard/figure';
import { figureOf } from '../../domain/dashboard/figure';
import type { WorkshopFigures } from '../../domain/dashboard/workshop-figures';
import { useI18n } from '../../i18n/i18n-context';
import styles from './dashboard.module.css';
import { useDashboardContext } from './dashboard-context';
import { DashboardSection } from './dashboard-section';
import { FigureLink } from './figure-link';

function Share({ figure, share }: { figure: Figure; share: number | null }) {
  const { t, formatNumber } = useI18n();
  const { formatPercent } = useDashboardContext();
  if (share === null) {
    return (
      <span className={styles.zero}>
        <span aria-hidden="true">{t('dashboard.workshops.noShareMark')}</span>
        <span className="visually-hidden">{t('dashboard.workshops.noShare')}</span>
      </span>
    );
  }
  return (
    <FigureLink figure={figure}>
      {t('dashboard.workshops.share', {
        share: formatPercent(share),
        count: formatNumber(figure.count),
      })}
    </FigureLink>
  );
}

/** Per workshop: how much is implemented and actionable, and the oldest open item. */
export function WorkshopSection({ byWorkshop }: { byWorkshop: WorkshopFigures[] }) {
  const { t } = useI18n();
  const { workshopTitle, cardTitle } = useDashboardContext();
  return (
    <DashboardSection title={t('dashboard.workshops.title')} wide>
      <div className={styles.scroll}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.workshops.workshop')}</th>
              <th scope="col">{t('dashboard.recommendations')}</th>
              <th scope="col">{t('dashboard.workshops.implemented')}</th>
              <th scope="col">{t('dashboard.workshops.actionable')}</th>
              <th scope="col">{t('dashboard.workshops.oldest')}</th>
            </tr>
          </thead>
          <tbody>
            {byWorkshop.map((row) => (
              <tr key={row.workshopId ?? 'none'}>
                <th scope="row">{workshopTitle(row.workshopId)}</th>
                <td className={styles.num}>
                  <FigureLink figure={row.cards} />
                </td>
                <td className={styles.num}>
                  <Share figure={row.implemented} share={row.implementedShare} />
                </td>
                <td className={styles.num}>
                  <Share figure={row.actionable} share={row.actionableShare} />
                </td>
                <td>
                  {row.oldestOpen && (
                    <FigureLink figure={figureOf([row.oldestOpen.cardId])}>
                      {t('dashboard.workshops.oldestOpen', {
                        title: cardTitle(row.oldestOpen.cardId),
                        age: t('dashboard.workshops.age', { count: row.oldestOpen.ageDays }),
                      })}
                    </FigureLink>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </DashboardSection>
  );
}
