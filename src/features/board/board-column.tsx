import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useCallback, useId, useRef, useState } from 'react';
import type { ActionProgress } from '../../domain/action-progress';
import type { ActorRef } from '../../domain/actor';
import { boardCardCount } from '../../domain/board-layout';
import type { Column } from '../../domain/column';
import { dueStatus } from '../../domain/due-status';
import { useI18n } from '../../i18n/i18n-context';
import type { BoardData } from '../../queries/read-board-data';
import styles from './board-column.module.css';
import { CardList, isVirtualised } from './card-list';
import { ColumnHeader } from './column-header';
import { QuickAdd } from './quick-add';
import { parseSlot, slotId } from './slot-ids';
import { SortableCard } from './sortable-card';
import type { SelectGesture } from './use-card-selection';
import { startsInView, useNearView } from './use-near-view';

interface BoardColumnProps {
  boardId: string;
  column: Column;
  /** Where the column sits in the row of columns, 0 for the leftmost. */
  position: number;
  /** This column in its lane, as a drop target (slot-ids.ts). */
  containerId: string;
  /** The cards it shows, as slot ids, in order (mid-drag, the drag's own order). */
  slots: readonly string[];
  /** How many cards the header counts: more than `slots` while the board is half read. */
  count: number;
  /**
   * The swimlane the column is in: its region is named after both, and it has no quick add
   * (a new card would not carry the lane's tag).
   */
  laneLabel?: string;
  /** The text search's query, to mark its words on the cards. */
  query?: string;
  data: BoardData;
  progress: ReadonlyMap<string, ActionProgress>;
  actors: ReadonlyMap<string, ActorRef>;
  today: string;
  onOpenCard: (cardId: string) => void;
  /** "Move to…" asked for a card of this column, with the column's lane. */
  onMoveTo: (cardId: string, lane: string) => void;
  onSettings: (columnId: string) => void;
  /** Whether the action items are counted yet (the "what is missing" marks wait for it). */
  progressKnown: boolean;
  cardView: CardView;
}

/** How the board shows its cards: density and selection, the same for every column. */
export interface CardView {
  compact: boolean;
  selecting: boolean;
  selected: ReadonlySet<string>;
  onSelect: (sortableId: string, gesture: SelectGesture) => void;
}

export function BoardColumn(props: BoardColumnProps) {
  const { boardId, column, slots, count, data, actors, today } = props;
  const { t, columnName } = useI18n();
  const headingId = useId();
  // The column itself is a drop target, so an empty column still accepts a card.
  const { setNodeRef, isOver } = useDroppable({ id: props.containerId });
  // A virtualised column off to the side renders its cards only once the board scrolls near it.
  const section = useRef<HTMLElement>(null);
  const virtual = isVirtualised(count, boardCardCount(data));
  const near = useNearView(section, virtual, () => startsInView(props.position));
  // Roving tabindex: the card focused last (else the first) is the column's one Tab stop.
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const lane = parseSlot(props.containerId).lane;
  const { onMoveTo } = props;
  // Stable per column, so the memoised cards do not render again for it.
  const moveTo = useCallback((cardId: string) => onMoveTo(cardId, lane), [onMoveTo, lane]);
  // Found by its slot, without making a list of the column's ids on each render.
  const stopId =
    focusedId !== null && slots.includes(slotId(lane, focusedId))
      ? focusedId
      : slots[0] === undefined
        ? undefined
        : parseSlot(slots[0]).id;
  const { cardView } = props;
  return (
    <section
      ref={section}
      className={styles.column}
      aria-labelledby={props.laneLabel === undefined ? headingId : undefined}
      aria-label={
        props.laneLabel === undefined
          ? undefined
          : t('lane.columnLabel', { column: columnName(column), lane: props.laneLabel })
      }
      data-column-kind={column.kind}
      data-lane={lane}
      data-column-id={column.id}
      data-drop-over={isOver || undefined}
      onFocus={(event) => {
        const item = (event.target as HTMLElement).closest<HTMLElement>('li[data-card-item]');
        if (item?.dataset.cardItem) setFocusedId(item.dataset.cardItem);
      }}
    >
      <ColumnHeader
        column={column}
        headingId={headingId}
        count={count}
        onSettings={props.onSettings}
      />
      <SortableContext
        id={props.containerId}
        items={slots as string[]}
        strategy={verticalListSortingStrategy}
      >
        <CardList
          cardIds={slots}
          virtual={virtual}
          deferred={!near}
          dropRef={setNodeRef}
          empty={t('column.empty')}
          renderCard={(sortableId, slot) => {
            const card = data.cardsById.get(parseSlot(sortableId).id);
            if (!card) return null;
            return (
              <SortableCard
                key={sortableId}
                sortableId={sortableId}
                query={props.query}
                card={card}
                workshop={card.workshopId ? data.workshopsById.get(card.workshopId) : undefined}
                actors={actors}
                progress={props.progress.get(card.id)}
                progressKnown={props.progressKnown}
                tabbable={card.id === stopId}
                compact={cardView.compact}
                selecting={cardView.selecting}
                selected={cardView.selected.has(card.id)}
                onSelect={cardView.onSelect}
                due={dueStatus(card.dueDate, column.kind, today)}
                onOpen={props.onOpenCard}
                onMoveTo={moveTo}
                index={slot.index}
                setSize={count}
                measureRef={slot.measureRef}
              />
            );
          }}
        />
      </SortableContext>
      {props.laneLabel === undefined && (
        <div className={styles.footer}>
          <QuickAdd boardId={boardId} columnId={column.id} columnName={columnName(column)} />
        </div>
      )}
    </section>
  );
}
