import type { Figure } from '../../domain/dashboard/figure';
import { useI18n } from '../../i18n/i18n-context';
import styles from './dashboard.module.css';
import { useDashboardContext } from './dashboard-context';
import { doorHref } from './door-href';

/**
 * A number that opens the board on exactly the cards it counts. Zero opens nothing, so it is
 * plain text. `children` replaces the number (a share, a title) and still opens the cards.
 */
export function FigureLink({ figure, children }: { figure: Figure; children?: React.ReactNode }) {
  const { t, formatNumber } = useI18n();
  const { view } = useDashboardContext();
  const content = children ?? formatNumber(figure.count);
  if (figure.count === 0) return <span className={styles.zero}>{content}</span>;
  return (
    <a
      className={styles.door}
      href={doorHref(view, figure.cardIds)}
      title={t('dashboard.door', { count: figure.count })}
    >
      {content}
    </a>
  );
}
