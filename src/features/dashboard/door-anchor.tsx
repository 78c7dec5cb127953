import type { ReactNode, RefObject } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { followViewLink } from '../../queries/use-view-state';
import styles from './dashboard.module.css';

interface DoorAnchorProps {
  anchor: RefObject<HTMLAnchorElement | null>;
  /** The view's own address: what the link holds until a person reaches for it. */
  viewHref: string;
  count: number;
  /** Lists the cards in the link's address (a new tab, a copy, a bookmark come after it). */
  onReach: () => void;
  /** The address listing the cards, once known: a plain click opens it in place. */
  fullHref: () => string | Promise<string>;
  children: ReactNode;
}

/**
 * The link of a dashboard number (FigureLink, FlowCellLink): drawn with the view's address,
 * it gets its cards when reached (pointer over it, focus, a press, the context menu). A plain
 * click opens the board in place; a modified one (new tab, window) is the browser's.
 */
export function DoorAnchor({
  anchor,
  viewHref,
  count,
  onReach,
  fullHref,
  children,
}: DoorAnchorProps) {
  const { t } = useI18n();
  const open = (event: React.MouseEvent) => {
    onReach();
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    Promise.resolve(fullHref()).then(
      // Not if the person has left the dashboard while the cards were read.
      (href) => anchor.current?.isConnected && followViewLink(href),
      // The flow's cards were asked of figures replaced meanwhile: the new ones are on screen.
      () => {},
    );
  };
  return (
    <a
      ref={anchor}
      className={styles.door}
      href={viewHref}
      onPointerEnter={onReach}
      onPointerDown={onReach}
      onFocus={onReach}
      onContextMenu={onReach}
      onClick={open}
      title={t('dashboard.door', { count })}
    >
      {children}
    </a>
  );
}
