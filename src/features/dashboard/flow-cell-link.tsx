import { useRef } from 'react';
import type { FlowCellRequest } from '../../domain/dashboard/dashboard-request';
import { useI18n } from '../../i18n/i18n-context';
import styles from './dashboard.module.css';
import { useDashboardContext } from './dashboard-context';
import { flowCellCards } from './dashboard-worker-client';
import { DoorAnchor } from './door-anchor';
import { doorHref } from './door-href';

/**
 * A number of the flow table, a door like every other figure (FigureLink). The flow holds
 * counts only (a list of every card per period would be most of the figures), so its cards
 * are read from the worker when a person reaches for the number: pointer over it, focus on
 * it, a press; the link then lists them, and a plain click opens the board on them.
 */
export function FlowCellLink({ count, cell }: { count: number; cell: FlowCellRequest }) {
  const { formatNumber } = useI18n();
  const { view, viewHref } = useDashboardContext();
  const link = useRef<HTMLAnchorElement>(null);
  // Read once per cell: the table is built again (a new key) for new figures.
  const cards = useRef<Promise<readonly string[]> | null>(null);
  if (count === 0) return <span className={styles.zero}>{formatNumber(count)}</span>;
  const read = () => {
    cards.current ??= flowCellCards(cell);
    return cards.current;
  };
  const reach = () => {
    read().then(
      (ids) => link.current?.setAttribute('href', doorHref(view, ids)),
      // Newer figures were asked for meanwhile: this number is about to be replaced.
      () => {},
    );
  };
  return (
    <DoorAnchor
      anchor={link}
      viewHref={viewHref}
      count={count}
      onReach={reach}
      fullHref={() => read().then((ids) => doorHref(view, ids))}
    >
      {formatNumber(count)}
    </DoorAnchor>
  );
}
