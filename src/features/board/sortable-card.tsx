import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo } from 'react';
import { RecommendationCard, type RecommendationCardProps } from './recommendation-card';

type SortableCardProps = Omit<RecommendationCardProps, 'handle' | 'placeholder' | 'overlay'>;

/** A card in a sortable column list; dnd-kit moves it with a transform, so nothing reflows. */
export const SortableCard = memo(function SortableCard(props: SortableCardProps) {
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: props.card.id });
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      data-card-item={props.card.id}
    >
      <RecommendationCard
        {...props}
        handle={{ ref: setActivatorNodeRef, attributes, listeners }}
        placeholder={isDragging}
      />
    </li>
  );
});
