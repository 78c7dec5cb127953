import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';
import { type KeyboardEventHandler, memo, type Ref, useId } from 'react';
import type { ActionProgress } from '../../domain/action-progress';
import { missingForActionable } from '../../domain/actionable';
import type { ActorRef } from '../../domain/actor';
import type { DueStatus } from '../../domain/due-status';
import { displayTitle, type Recommendation } from '../../domain/recommendation';
import type { Workshop } from '../../domain/workshop';
import { useI18n } from '../../i18n/i18n-context';
import { truncateGraphemes } from '../../lib/text';
import { Icon } from '../../ui/icon';
import { ActorChips } from './actor-chips';
import { CardMeta } from './card-meta';
import { CompactCardBody } from './compact-card-body';
import { HighlightedText } from './highlighted-text';
import { MissingForAction } from './missing-for-action';
import styles from './recommendation-card.module.css';
import { StageChips } from './stage-chips';
import type { SelectGesture } from './use-card-selection';

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
  /** Whether the action items are counted yet: until then no card says it has none. */
  progressKnown?: boolean;
  due: DueStatus;
  onOpen?: (cardId: string) => void;
  onMoveTo?: (cardId: string) => void;
  /** The column's one Tab stop (roving tabindex); undefined: the card is not focusable. */
  tabbable?: boolean;
  compact?: boolean;
  /** Every card shows its checkbox, and a click selects instead of opening. */
  selecting?: boolean;
  selected?: boolean;
  onSelect?: (gesture: SelectGesture) => void;
  /** The faded placeholder left in the list while its card is dragged. */
  placeholder?: boolean;
  /** The copy that follows the pointer. */
  overlay?: boolean;
  /** The text search's query: its words are marked in the title. */
  query?: string | undefined;
}

/**
 * One recommendation. The whole card can be dragged with a pointer; the grip button is the
 * keyboard handle (Space picks up); the card itself is its column's focus stop (Enter opens,
 * Space selects: card-keyboard.ts); a click on it opens the editor, or selects with Ctrl/⌘,
 * Shift or in "Select" mode; "Move to…" is the menu-free alternative to dragging. Text is
 * rendered as text, never as HTML.
 */
export const RecommendationCard = memo(function RecommendationCard(props: RecommendationCardProps) {
  const { card, workshop, actors, progress, due, onOpen, onMoveTo, onSelect } = props;
  const { handleRef, handleAttributes, handleListeners } = props;
  const { t } = useI18n();
  const titleId = useId();
  const title = truncateGraphemes(displayTitle(card), 140);
  const { onKeyDown, ...pointerListeners } = handleListeners ?? {};
  const tools = props.tabbable === undefined ? undefined : props.tabbable ? 0 : -1;
  const missing = missingForActionable(card, props.progressKnown ? (progress?.total ?? 0) : 1);
  return (
    <article
      className={styles.card}
      aria-labelledby={titleId}
      tabIndex={tools}
      data-card-id={card.id}
      data-selected={props.selected || undefined}
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
            tabIndex={tools}
            // dnd-kit types its listeners as Function; this one is the keyboard sensor's keydown.
            onKeyDown={onKeyDown as KeyboardEventHandler<HTMLButtonElement> | undefined}
            aria-label={t('card.dragHandle', { title })}
          >
            <Icon name="gripVertical" size={18} />
          </button>
        )}
        {onSelect && (props.selecting || props.selected) && (
          <input
            type="checkbox"
            className={styles.check}
            checked={props.selected ?? false}
            tabIndex={-1}
            onChange={() => {}}
            onClick={(event) => onSelect(event.shiftKey ? 'range' : 'toggle')}
            aria-label={t('board.select.card', { title })}
          />
        )}
        <h3 id={titleId} className={styles.title}>
          <button
            type="button"
            className={styles.open}
            // Reached by the card's own focus (Enter opens); still a button for screen readers.
            tabIndex={tools === undefined ? undefined : -1}
            onClick={(event) => {
              const gesture = event.shiftKey ? 'range' : 'toggle';
              if (onSelect && (props.selecting || event.shiftKey || event.ctrlKey || event.metaKey))
                onSelect(gesture);
              else onOpen?.(card.id);
            }}
          >
            <HighlightedText text={title} query={props.query} />
          </button>
        </h3>
        {onMoveTo && (
          <button
            type="button"
            className={styles.moveTo}
            tabIndex={tools}
            onClick={() => onMoveTo(card.id)}
            aria-label={t('card.moveToLabel', { title })}
            title={t('card.moveTo')}
          >
            <Icon name="moveRight" size={18} />
          </button>
        )}
      </div>
      {props.compact ? (
        <CompactCardBody card={card} actors={actors} due={due} missing={missing} />
      ) : (
        <>
          <p className={styles.workshop}>
            <span className="visually-hidden">{t('card.workshop')}: </span>
            {workshop ? workshop.title : t('card.noWorkshop')}
          </p>
          <CardMeta card={card} due={due} progress={progress} />
          <MissingForAction missing={missing} />
          <StageChips stageIds={card.stageIds} />
          <ActorChips actorIds={card.actorIds} leadActorId={card.leadActorId} actors={actors} />
        </>
      )}
    </article>
  );
});
