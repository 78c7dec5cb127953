import { useLayoutEffect, useRef } from 'react';
import type { Figure } from '../../domain/dashboard/figure';
import { useI18n } from '../../i18n/i18n-context';
import styles from './dashboard.module.css';
import { useDashboardContext } from './dashboard-context';
import { DoorAnchor } from './door-anchor';
import { doorHref } from './door-href';

/**
 * A number that opens the board on exactly the cards it counts. Zero opens nothing, so it is
 * plain text. `children` replaces the number (a share, a title) and still opens the cards.
 *
 * The link's full address lists every card it opens: on a 10,000-card board the dashboard's
 * figures list each card a dozen times, megabytes of addresses that made the first paint of
 * the dashboard take most of a second. So the link is drawn with the view's own address and
 * gets its cards when a person reaches for it: pointer over it, focus on it, a press or a
 * click; a new tab, a copied address or a bookmark all come after one of those.
 */
export function FigureLink({ figure, children }: { figure: Figure; children?: React.ReactNode }) {
  const { formatNumber } = useI18n();
  const { view, viewHref } = useDashboardContext();
  const link = useRef<HTMLAnchorElement>(null);
  /**
   * The address written into the link when it was reached, and for which figure and view
   * (null: the view's own address, as rendered).
   */
  const listed = useRef<{ figure: Figure; viewHref: string } | null>(null);
  const isListed = () =>
    listed.current !== null &&
    listed.current.figure === figure &&
    listed.current.viewHref === viewHref;
  // React leaves an attribute alone while its prop is unchanged, and rewrites it when the view
  // changes (the figures shown meanwhile may be the same objects): a new figure or view starts
  // over from the view's address, and the next reach lists the cards again.
  useLayoutEffect(() => {
    if (listed.current !== null && !isListed()) {
      link.current?.setAttribute('href', viewHref);
      listed.current = null;
    }
  });
  const content = children ?? formatNumber(figure.count);
  if (figure.count === 0) return <span className={styles.zero}>{content}</span>;
  const fullHref = () => doorHref(view, figure.cardIds);
  const reach = () => {
    if (link.current && !isListed()) {
      link.current.setAttribute('href', fullHref());
      listed.current = { figure, viewHref };
    }
  };
  return (
    <DoorAnchor
      anchor={link}
      viewHref={viewHref}
      count={figure.count}
      onReach={reach}
      fullHref={fullHref}
    >
      {content}
    </DoorAnchor>
  );
}
