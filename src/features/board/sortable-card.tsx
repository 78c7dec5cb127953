import type { DraggableSyntheticListeners } from '@dnd-kit/core';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import {
  memo,
  type SyntheticEvent as SyntheticEventBase,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
} from 'react';
import styles from './board-column.module.css';
import { RecommendationCard, type RecommendationCardProps } from './recommendation-card';
import type { SelectGesture } from './use-card-selection';

type SortableCardProps = Omit<
  RecommendationCardProps,
  'handleRef' | 'handleAttributes' | 'handleListeners' | 'placeholder' | 'overlay' | 'onSelect'
> & {
  /** Selects this card (its slot id says which column's order a range runs through). */
  onSelect?: (sortableId: string, gesture: SelectGesture) => void;
  /** The card's id in its lane (slot-ids.ts): unique even when it shows in two lanes. */
  sortableId: string;
  index: number;
  setSize: number;
  /** Set when the item is in a virtualised list, which measures it. */
  measureRef?: ((element: HTMLElement | null) => void) | undefined;
};

/**
 * Cards that change place in the list (a card dragged into their column, a drop) take their
 * new place at once instead of sliding there. dnd-kit's slide measured every such card in a
 * layout effect and rendered it twice more; with a column of cards shifting, that was 11-16 ms
 * of each drop's first frame (interleaved A/B at 2,000 cards, bench/experiments/
 * ab-board-gestures). Cards still make room smoothly while a card is moved within a column.
 */
const noLayoutAnimation = () => false;

/** A card in a sortable column list; dnd-kit moves it with a transform, so nothing reflows. */
export const SortableCard = memo(function SortableCard(props: SortableCardProps) {
  const { measureRef, index, setSize, sortableId, onSelect, ...cardProps } = props;
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: sortableId, animateLayoutChanges: noLayoutAnimation });
  const stableListeners = useStableListeners(listeners);
  const select = useCallback(
    (gesture: SelectGesture) => onSelect?.(sortableId, gesture),
    [onSelect, sortableId],
  );
  const ref = useCallback(
    (element: HTMLLIElement | null) => {
      setNodeRef(element);
      measureRef?.(element);
    },
    [setNodeRef, measureRef],
  );
  return (
    <li
      ref={ref}
      className={measureRef ? styles.virtualItem : undefined}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      data-index={index}
      // A virtualised column holds only some items: tell assistive tech where this one sits.
      aria-setsize={setSize}
      aria-posinset={index + 1}
      data-card-item={props.card.id}
    >
      <RecommendationCard
        {...cardProps}
        handleRef={setActivatorNodeRef}
        handleAttributes={attributes}
        handleListeners={stableListeners}
        placeholder={isDragging}
        onSelect={onSelect ? select : undefined}
      />
    </li>
  );
});

// dnd-kit types its listeners as Function; each takes the React synthetic event.
type SyntheticEvent = SyntheticEventBase<Element, Event>;
type Listener = (event: SyntheticEvent) => void;

/**
 * dnd-kit hands out new listener functions while a drag is under way; passed as they are, they
 * would make every memoised card render again on every pointer move. These wrappers never
 * change and call the latest listeners.
 */
function useStableListeners(listeners: DraggableSyntheticListeners): DraggableSyntheticListeners {
  const latest = useRef(listeners);
  useLayoutEffect(() => {
    latest.current = listeners;
  });
  return useMemo(() => {
    const forward = (name: string) => (event: SyntheticEvent) =>
      (latest.current?.[name] as Listener | undefined)?.(event);
    return {
      onMouseDown: forward('onMouseDown'),
      onTouchStart: forward('onTouchStart'),
      onKeyDown: forward('onKeyDown'),
    };
  }, []);
}
