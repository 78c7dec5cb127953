import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';
import { type KeyboardEventHandler, memo, type Ref, useId } from 'react';
import type { ActionProgress } from '../../domain/action-progress';
import type { ActorRef } from '../../domain/actor';
import type { DueStatus } from '../../domain/due-status';
import { displayTitle, type Recommendation } from '../../domain/recommendation';
import type { Workshop } from '../../domain/workshop';
import { useI18n } from '../../i18n/i18n-context';
import { truncateGraphemes } from '../../lib/text';
import { Icon } from '../../ui/icon';
import { ActorChips } from './actor-chips';
import { CardMeta } from './card-meta';
import { HighlightedText } from './highlighted-text';
import styles from './recommendation-card.module.css';
import { StageChips } from './stage-chips';

/** The drag handle's wiring, passed as separate stable props so memoised cards stay memoised. */
export interface DragHandleProps {
  handleRef?: Ref<HTMLButtonElement>;
  handleAttributes?: DraggableAttributes;
  handleListeners?: DraggableSyntheticListeners;
}

export interface RecommendationCardProps extends DragHandleProps {
  card: Recommendation;
  workshop: Workshop | undefined;
  actors: ReadonlyMap<string, ActorRef>;
  progress: ActionProgress | undefined;
  due: DueStatus;
  onOpen?: (cardId: string) => void;
  onMoveTo?: (cardId: string) => void;
  /** The faded placeholder left in the list while its card is dragged. */
  placeholder?: boolean;
  /** The copy that follows the pointer. */
  overlay?: boolean;
  /** The text search's query: its words are marked in the title. */
  query?: string | undefined;
}

/**
 * One recommendation. The whole card can be dragged with a pointer; the grip button is the
 * keyboard handle (Space picks up); the title opens the editor; "Move to…" is the
 * menu-free alternative to dragging. Text is rendered as text, never as HTML.
 */
export const RecommendationCard = memo(function RecommendationCard(props: RecommendationCardProps) {
  const { card, workshop, actors, progress, due, onOpen, onMoveTo } = props;
  const { handleRef, handleAttributes, handleListeners } = props;
  const { t } = useI18n();
  const titleId = useId();
  const title = truncateGraphemes(displayTitle(card), 140);
  const { onKeyDown, ...pointerListeners } = handleListeners ?? {};
  return (
    <article
      className={styles.card}
      aria-labelledby={titleId}
      data-card-id={card.id}
      data-placeholder={props.placeholder || undefined}
      data-overlay={props.overlay || undefined}
      {...pointerListeners}
    >
      <div className={styles.top}>
        {handleAttributes && (
          <button
            type="button"
            ref={handleRef}
            className={styles.handle}
            {...handleAttributes}
            // dnd-kit types its listeners as Function; this one is the keyboard sensor's keydown.
            onKeyDown={onKeyDown as KeyboardEventHandler<HTMLButtonElement> | undefined}
            aria-label={t('card.dragHandle', { title })}
          >
            <Icon name="gripVertical" size={18} />
          </button>
        )}
        <h3 id={titleId} className={styles.title}>
          <button type="button" className={styles.open} onClick={() => onOpen?.(card.id)}>
            <HighlightedText text={title} query={props.query} />
          </button>
        </h3>
        {onMoveTo && (
          <button
            type="button"
            className={styles.moveTo}
            onClick={() => onMoveTo(card.id)}
            aria-label={t('card.moveToLabel', { title })}
            title={t('card.moveTo')}
          >
            <Icon name="moveRight" size={18} />
          </button>
        )}
      </div>
      <p className={styles.workshop}>
        <span className="visually-hidden">{t('card.workshop')}: </span>
        {workshop ? workshop.title : t('card.noWorkshop')}
      </p>
      <CardMeta card={card} due={due} progress={progress} />
      <StageChips stageIds={card.stageIds} />
      <ActorChips actorIds={card.actorIds} leadActorId={card.leadActorId} actors={actors} />
    </article>
  );
});
