import { useLayoutEffect, useRef } from 'react';
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
  // Read once per cell of these figures; new figures (a new token) read again.
  const cards = useRef<{ token: number; ids: Promise<readonly string[]> } | null>(null);
  // The figures whose cards the link's address lists, once reached (null: the view's own).
  const listedFor = useRef<number | null>(null);
  const shownToken = useRef(cell.flowToken);
  shownToken.current = cell.flowToken;
  // React leaves the address alone while `viewHref` is unchanged: new figures start over from
  // the view's address, and the next reach lists their cards.
  useLayoutEffect(() => {
    if (listedFor.current !== null && listedFor.current !== cell.flowToken) {
      link.current?.setAttribute('href', viewHref);
      listedFor.current = null;
    }
  });
  if (count === 0) return <span className={styles.zero}>{formatNumber(count)}</span>;
  const read = () => {
    if (cards.current?.token !== cell.flowToken) {
      const ids = flowCellCards(cell);
      const asked = { token: cell.flowToken, ids };
      cards.current = asked;
      // Refused (newer figures were asked for meanwhile): the next reach asks again.
      ids.catch(() => {
        if (cards.current === asked) cards.current = null;
      });
    }
    return cards.current.ids;
  };
  const reach = () => {
    const token = cell.flowToken;
    read().then(
      (ids) => {
        // Answered after newer figures were drawn: their own reach lists their cards.
        if (token !== shownToken.current) return;
        link.current?.setAttribute('href', doorHref(view, ids));
        listedFor.current = token;
      },
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
