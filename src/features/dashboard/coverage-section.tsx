import type { Coverage, FrameworkCoverage } from '../../domain/dashboard/framework-coverage';
import { GCM_OBJECTIVES, SDG_TARGETS } from '../../domain/global-frameworks';
import { useI18n } from '../../i18n/i18n-context';
import { Disclosure } from '../../ui/disclosure';
import { CountTable } from './count-table';
import styles from './dashboard.module.css';
import { DashboardSection } from './dashboard-section';
import { FigureLink } from './figure-link';

/** How many of the most covered to name: enough to see a pattern, short enough to print. */
const MOST = 5;

function Framework<Key extends string | number>({
  title,
  coverage,
  short,
  long,
}: {
  title: string;
  coverage: Coverage<Key>;
  short: (key: Key) => string;
  long: (key: Key) => string;
}) {
  const { t, formatList } = useI18n();
  const most = coverage.counts
    .filter(({ figure }) => figure.count > 0)
    .sort((a, b) => b.figure.count - a.figure.count)
    .slice(0, MOST);
  return (
    <div className={styles.framework}>
      <h4 className={styles.subTitle}>{title}</h4>
      <p className={styles.label}>{t('dashboard.coverage.uncovered')}</p>
      <p>
        {coverage.uncovered.length === 0
          ? t('dashboard.coverage.allCovered')
          : formatList(coverage.uncovered.map(short))}
      </p>
      <p className={styles.label}>{t('dashboard.coverage.most')}</p>
      {most.length === 0 ? (
        <p>{t('dashboard.coverage.nothingTagged')}</p>
      ) : (
        <ul className={styles.plainList}>
          {most.map(({ key, figure }) => (
            <li key={key}>
              {short(key)}
              {t('dashboard.coverage.separator')}
              <FigureLink figure={figure} />
            </li>
          ))}
        </ul>
      )}
      <Disclosure className={styles.details} summary={t('dashboard.coverage.showAll')}>
        <CountTable
          keyHeader={t('dashboard.coverage.key')}
          countHeader={t('dashboard.recommendations')}
          rows={coverage.counts.map(({ key, figure }) => ({
            key: String(key),
            label: long(key),
            figure,
          }))}
        />
      </Disclosure>
    </div>
  );
}

/** Which GCM objectives and SDG targets no recommendation serves, and which many do. */
export function CoverageSection({ coverage }: { coverage: FrameworkCoverage }) {
  const { t, term } = useI18n();
  const gcmTitle = new Map(GCM_OBJECTIVES.map((o) => [o.n, o.title]));
  const sdgTitle = new Map<string, string>(SDG_TARGETS.map((s) => [s.id, s.title]));
  const gcmShort = (n: number) => t('field.gcmShort', { n });
  const sdgShort = (id: string) =>
    t('dashboard.coverage.sdgTarget', { value: term(`sdg.${id}.code`, id) });
  return (
    <DashboardSection title={t('dashboard.coverage.title')} wide>
      <div className={styles.frameworks}>
        <Framework
          title={t('dashboard.coverage.gcm')}
          coverage={coverage.gcm}
          short={gcmShort}
          long={(n) =>
            t('dashboard.coverage.item', {
              key: gcmShort(n),
              title: term(`gcm.${n}`, gcmTitle.get(n) ?? ''),
            })
          }
        />
        <Framework
          title={t('dashboard.coverage.sdg')}
          coverage={coverage.sdg}
          short={sdgShort}
          long={(id) =>
            t('dashboard.coverage.item', {
              key: sdgShort(id),
              title: term(`sdg.${id}.title`, sdgTitle.get(id) ?? ''),
            })
          }
        />
      </div>
    </DashboardSection>
  );
}
