import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useId, useRef } from 'react';
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
import { SortableCard } from './sortable-card';
import { startsInView, useNearView } from './use-near-view';

interface BoardColumnProps {
  boardId: string;
  column: Column;
  /** Where the column sits in the row of columns, 0 for the leftmost. */
  position: number;
  cardIds: readonly string[];
  data: BoardData;
  progress: ReadonlyMap<string, ActionProgress>;
  actors: ReadonlyMap<string, ActorRef>;
  today: string;
  onOpenCard: (cardId: string) => void;
  onMoveTo: (cardId: string) => void;
  onSettings: (columnId: string) => void;
}

export function BoardColumn(props: BoardColumnProps) {
  const { boardId, column, cardIds, data, actors, today } = props;
  const { t } = useI18n();
  const headingId = useId();
  // The column itself is a drop target, so an empty column still accepts a card.
  const { setNodeRef, isOver } = useDroppable({ id: column.id });
  // A virtualised column off to the side renders its cards only once the board scrolls near it.
  const section = useRef<HTMLElement>(null);
  // The cards listed (in their order mid-drag) plus those not read yet, while the board holds
  // only its first screen.
  const unread =
    (data.cardCountByColumn[column.id] ?? 0) - (data.cardIdsByColumn[column.id]?.length ?? 0);
  const count = cardIds.length + Math.max(0, unread);
  const virtual = isVirtualised(count, boardCardCount(data));
  const near = useNearView(section, virtual, () => startsInView(props.position));
  return (
    <section
      ref={section}
      className={styles.column}
      aria-labelledby={headingId}
      data-column-kind={column.kind}
      data-drop-over={isOver || undefined}
    >
      <ColumnHeader
        column={column}
        headingId={headingId}
        count={count}
        onSettings={props.onSettings}
      />
      <SortableContext
        id={column.id}
        items={cardIds as string[]}
        strategy={verticalListSortingStrategy}
      >
        <CardList
          cardIds={cardIds}
          virtual={virtual}
          deferred={!near}
          dropRef={setNodeRef}
          empty={t('column.empty')}
          renderCard={(id, slot) => {
            const card = data.cardsById.get(id);
            if (!card) return null;
            return (
              <SortableCard
                key={id}
                card={card}
                workshop={card.workshopId ? data.workshopsById.get(card.workshopId) : undefined}
                actors={actors}
                progress={props.progress.get(id)}
                due={dueStatus(card.dueDate, column.kind, today)}
                onOpen={props.onOpenCard}
                onMoveTo={props.onMoveTo}
                index={slot.index}
                setSize={count}
                measureRef={slot.measureRef}
              />
            );
          }}
        />
      </SortableContext>
      <div className={styles.footer}>
        <QuickAdd boardId={boardId} columnId={column.id} columnName={column.name} />
      </div>
    </section>
  );
}
