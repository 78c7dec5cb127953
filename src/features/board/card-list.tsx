import { elementScroll, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useCallback, useRef } from 'react';
import styles from './board-column.module.css';

/** A typical card's height in px, used until the real one is observed. */
const ESTIMATED_CARD_HEIGHT = 190;

/**
 * About how much of the window the app's header, the board's toolbar and a column's header
 * take above its cards: the first render's guess at a column's height. Guessing the whole
 * window rendered cards the first measurement then removed, a second render before the
 * board was ready.
 */
const CHROME_ABOVE_CARDS = 330;

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
    <div
      // A new scroller when a column becomes virtualised: a virtual list starts at the top
      // (see scrollUnlessMounting), as the library would otherwise scroll it there.
      key={virtual ? 'virtual' : 'all'}
      ref={dropRef}
      className={styles.scroller}
      data-virtual={virtual || undefined}
    >
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

/** Virtualisers that have made their first scroll request (the one made as they mount). */
const mounted = new WeakSet<Virtualizer<HTMLElement, Element>>();

/**
 * Scrolls as the library asks, except for the request it makes as the list mounts: to the top
 * of a list that is already there. Scrolling forces a layout of the whole board in the middle
 * of React's commit, so that request alone cost a cold load tens of ms.
 */
function scrollUnlessMounting(
  offset: number,
  options: { adjustments?: number; behavior?: ScrollBehavior },
  instance: Virtualizer<HTMLElement, Element>,
) {
  const first = !mounted.has(instance);
  mounted.add(instance);
  if (first && offset === 0 && !options.adjustments) return;
  elementScroll(offset, options, instance);
}

function VirtualCards({ cardIds, renderCard }: Pick<CardListProps, 'cardIds' | 'renderCard'>) {
  const anchor = useRef<HTMLOListElement>(null);
  // A new getItemKey makes the virtualiser lay out every card of the column again.
  const getItemKey = useCallback((index: number) => cardIds[index] ?? index, [cardIds]);
  const virtualizer = useVirtualizer({
    count: cardIds.length,
    getScrollElement: () => anchor.current?.parentElement ?? null,
    observeElementRect: observeScrollerSize,
    estimateSize: () => ESTIMATED_CARD_HEIGHT,
    // Sizes come from ResizeObserver only: reading each card's box as it mounts would force a
    // layout per card (tens of ms on a cold load); the observer reports them before paint.
    measureElement: (_element, entry) =>
      entry?.borderBoxSize[0]?.blockSize ?? ESTIMATED_CARD_HEIGHT,
    // The first render already fills a column about as tall as it will be, instead of
    // rendering a zero-height column and then, once measured, rendering again.
    initialRect: {
      width: 0,
      height:
        typeof window === 'undefined' ? 0 : Math.max(0, window.innerHeight - CHROME_ABOVE_CARDS),
    },
    // Cards flow one after another, so a new measurement never leaves them overlapping: the
    // re-render it asks for can wait for React's next turn instead of blocking the paint.
    useFlushSync: false,
    overscan: 1,
    scrollToFn: scrollUnlessMounting,
    getItemKey,
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
