import type { Figure } from '../../domain/dashboard/figure';
import { useI18n } from '../../i18n/i18n-context';
import { followViewLink } from '../../queries/use-view-state';
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
  const href = doorHref(view, figure.cardIds);
  // A plain click opens the board in place; a modified one (new tab, window) is the browser's.
  const open = (event: React.MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    followViewLink(href);
  };
  return (
    <a
      className={styles.door}
      href={href}
      onClick={open}
      title={t('dashboard.door', { count: figure.count })}
    >
      {content}
    </a>
  );
}
