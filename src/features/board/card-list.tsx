import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useRef } from 'react';
import styles from './board-column.module.css';

/** A typical card's height in px, used until the real one is observed. */
const ESTIMATED_CARD_HEIGHT = 190;

/** A column this long renders only the cards in view, whatever the size of its board. */
const LONG_COLUMN_FROM = 40;

/** On a board this large every column renders only the cards in view, short ones too. */
const LARGE_BOARD_FROM = 200;

/**
 * Whether a column renders only what is in view. Small boards render every card, so
 * find-in-page and screen readers' browse mode see them all; a long column, or any column of
 * a large board, is virtualised, so the cards mounted (and re-rendered by a drag) stay a few
 * dozen however large the board grows (decision 006).
 */
export function isVirtualised(columnLength: number, boardSize: number): boolean {
  return columnLength >= LONG_COLUMN_FROM || boardSize >= LARGE_BOARD_FROM;
}

export interface CardSlot {
  index: number;
  /** Set for virtualised items: the ref that measures them. */
  measureRef?: (element: HTMLElement | null) => void;
}

interface CardListProps {
  cardIds: readonly string[];
  /** Render only the cards in view (see isVirtualised). */
  virtual: boolean;
  /** Not built yet: the column is virtualised and out of view (see useNearView). */
  deferred: boolean;
  /** The scroll container doubles as the column's drop target. */
  dropRef: (element: HTMLElement | null) => void;
  renderCard: (id: string, slot: CardSlot) => ReactNode;
  empty: ReactNode;
}

/** The scrolling list of a column's cards: every card, or only those in view. */
export function CardList({
  cardIds,
  virtual,
  deferred,
  dropRef,
  renderCard,
  empty,
}: CardListProps) {
  return (
    <div ref={dropRef} className={styles.scroller} data-virtual={virtual || undefined}>
      {deferred ? null : cardIds.length === 0 ? (
        <p className={styles.empty}>{empty}</p>
      ) : virtual ? (
        <VirtualCards cardIds={cardIds} renderCard={renderCard} />
      ) : (
        <ol className={styles.cards}>{cardIds.map((id, index) => renderCard(id, { index }))}</ol>
      )}
    </div>
  );
}

/**
 * The scroller's size, from ResizeObserver only. The library's default also reads the box as
 * the list mounts, which forces a layout of the whole board in the middle of React's commit;
 * until the observer reports (before the first paint), `initialRect` stands in.
 */
function observeScrollerSize(
  instance: Virtualizer<HTMLElement, Element>,
  onSize: (rect: { width: number; height: number }) => void,
) {
  const element = instance.scrollElement;
  if (!element || typeof ResizeObserver === 'undefined') return;
  const observer = new ResizeObserver(([entry]) => {
    const box = entry?.borderBoxSize[0];
    if (box) onSize({ width: Math.round(box.inlineSize), height: Math.round(box.blockSize) });
  });
  observer.observe(element, { box: 'border-box' });
  return () => observer.disconnect();
}

function VirtualCards({ cardIds, renderCard }: Pick<CardListProps, 'cardIds' | 'renderCard'>) {
  const anchor = useRef<HTMLOListElement>(null);
  const virtualizer = useVirtualizer({
    count: cardIds.length,
    getScrollElement: () => anchor.current?.parentElement ?? null,
    observeElementRect: observeScrollerSize,
    estimateSize: () => ESTIMATED_CARD_HEIGHT,
    // Sizes come from ResizeObserver only: reading each card's box as it mounts would force a
    // layout per card (tens of ms on a cold load); the observer reports them before paint.
    measureElement: (_element, entry) =>
      entry?.borderBoxSize[0]?.blockSize ?? ESTIMATED_CARD_HEIGHT,
    // The first render already fills a column as tall as the window, instead of rendering a
    // zero-height column and then, once measured, rendering again before the first paint.
    initialRect: { width: 0, height: typeof window === 'undefined' ? 0 : window.innerHeight },
    // Cards flow one after another, so a new measurement never leaves them overlapping: the
    // re-render it asks for can wait for React's next turn instead of blocking the paint.
    useFlushSync: false,
    overscan: 1,
    getItemKey: (index) => cardIds[index] ?? index,
  });
  const items = virtualizer.getVirtualItems();
  return (
    <ol
      ref={anchor}
      className={styles.virtualCards}
      // The cards before the first rendered one are a padding of their measured height.
      style={{ blockSize: virtualizer.getTotalSize(), paddingBlockStart: items[0]?.start ?? 0 }}
    >
      {items.map((item) => {
        const id = cardIds[item.index];
        return id === undefined
          ? null
          : renderCard(id, { index: item.index, measureRef: virtualizer.measureElement });
      })}
    </ol>
  );
}
