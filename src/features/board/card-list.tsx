import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useRef } from 'react';
import styles from './board-column.module.css';

/** A typical card's height in px, used until the real one is observed. */
const ESTIMATED_CARD_HEIGHT = 190;

/** Columns up to this many cards render them all; longer ones render only what is in view. */
export const VIRTUALIZE_FROM = 40;

export interface CardSlot {
  index: number;
  /** Set for virtualised items: their offset in the list and the ref that measures them. */
  virtualTop?: number;
  measureRef?: (element: HTMLElement | null) => void;
}

interface CardListProps {
  cardIds: readonly string[];
  /** The scroll container doubles as the column's drop target. */
  dropRef: (element: HTMLElement | null) => void;
  renderCard: (id: string, slot: CardSlot) => ReactNode;
  empty: ReactNode;
}

/**
 * The scrolling list of a column's cards. A short column renders every card (find-in-page and
 * screen readers' browse mode see them all); a long one is virtualised, so a 10,000-card board
 * mounts a few dozen cards and a drag re-renders only those.
 */
export function CardList({ cardIds, dropRef, renderCard, empty }: CardListProps) {
  const virtual = cardIds.length >= VIRTUALIZE_FROM;
  return (
    <div ref={dropRef} className={styles.scroller} data-virtual={virtual || undefined}>
      {cardIds.length === 0 ? (
        <p className={styles.empty}>{empty}</p>
      ) : virtual ? (
        <VirtualCards cardIds={cardIds} renderCard={renderCard} />
      ) : (
        <ol className={styles.cards}>{cardIds.map((id, index) => renderCard(id, { index }))}</ol>
      )}
    </div>
  );
}

function VirtualCards({ cardIds, renderCard }: Pick<CardListProps, 'cardIds' | 'renderCard'>) {
  const anchor = useRef<HTMLOListElement>(null);
  const virtualizer = useVirtualizer({
    count: cardIds.length,
    getScrollElement: () => anchor.current?.parentElement ?? null,
    estimateSize: () => ESTIMATED_CARD_HEIGHT,
    // Sizes come from ResizeObserver only: reading each card's box as it mounts would force a
    // layout per card (tens of ms on a cold load); the observer reports them before paint.
    measureElement: (_element, entry) =>
      entry?.borderBoxSize[0]?.blockSize ?? ESTIMATED_CARD_HEIGHT,
    overscan: 3,
    getItemKey: (index) => cardIds[index] ?? index,
  });
  return (
    <ol
      ref={anchor}
      className={styles.virtualCards}
      style={{ blockSize: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const id = cardIds[item.index];
        return id === undefined
          ? null
          : renderCard(id, {
              index: item.index,
              virtualTop: item.start,
              measureRef: virtualizer.measureElement,
            });
      })}
    </ol>
  );
}
