import { DndContext, DragOverlay } from '@dnd-kit/core';
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ActionProgress } from '../../domain/action-progress';
import { boardCardCount } from '../../domain/board-layout';
import type { Column } from '../../domain/column';
import { dueStatus } from '../../domain/due-status';
import { displayTitle } from '../../domain/recommendation';
import { useI18n } from '../../i18n/i18n-context';
import { todayCalendarDate } from '../../lib/dates';
import { markAfterPaint } from '../../lib/perf-marks';
import { useActorDirectory } from '../../queries/actor-queries';
import { useActionProgress, useBoardLayout, useRestOfBoard } from '../../queries/board-queries';
import { useChangeColumns } from '../../queries/column-queries';
import { useMoveCard } from '../../queries/use-move-card';
import { Button } from '../../ui/button';
import { Icon } from '../../ui/icon';
import { useSwipeNavigationGuard } from '../../ui/use-swipe-navigation-guard';
import { boardAnnouncements } from './board-announcements';
import { BoardColumn } from './board-column';
import styles from './board-view.module.css';
import { ColumnSettingsDialog } from './column-settings-dialog';
import { MoveToDialog } from './move-to-dialog';
import { RecommendationCard } from './recommendation-card';
import { useBoardDnd } from './use-board-dnd';
import { useBoardSensors } from './use-board-sensors';
import { LANES_SCROLLER_ATTRIBUTE } from './use-near-view';

const NO_PROGRESS: ReadonlyMap<string, ActionProgress> = new Map();

interface BoardViewProps {
  boardId: string;
  onOpenCard: (cardId: string) => void;
  /** Called once the board has first painted with its data: the time for idle work. */
  onFirstPaint?: () => void;
}

/** The board; memoised so dialogs opening elsewhere in the app leave it alone. */
export const BoardView = memo(function BoardView({
  boardId,
  onOpenCard,
  onFirstPaint,
}: BoardViewProps) {
  const { t } = useI18n();
  const { data, error } = useBoardLayout(boardId);
  const moveCard = useMoveCard(boardId);
  const changeColumns = useChangeColumns(boardId);
  const actors = useActorDirectory(boardId);
  const today = useMemo(() => todayCalendarDate(), []);
  const sensors = useBoardSensors();
  const [movingCardId, setMovingCardId] = useState<string | null>(null);
  const [columnDialog, setColumnDialog] = useState<{ columnId: string | null } | null>(null);
  const [closedOpen, setClosedOpen] = useState(true);
  const [lanes, setLanes] = useState<HTMLDivElement | null>(null);
  useSwipeNavigationGuard(lanes);
  const dnd = useBoardDnd(data?.cardIdsByColumn ?? {}, moveCard);

  // Announcements read the latest drag order through a ref: dnd-kit keeps the first object.
  const latest = useRef({ data, items: dnd.items });
  latest.current = { data, items: dnd.items };
  const accessibility = useMemo(
    () =>
      boardAnnouncements(t, (cardId, overId) => {
        const { data: board, items } = latest.current;
        const card = board?.cardsById.get(cardId);
        if (!board || !card) return null;
        const columnId =
          Object.keys(items).find((id) => id === overId) ??
          Object.keys(items).find((id) => items[id]?.includes(cardId));
        const columns = [...board.flowColumns, ...board.closedColumns];
        const column = columns.find((candidate) => candidate.id === columnId);
        const list = columnId ? (items[columnId] ?? []) : [];
        // Within a column the local order changes only on drop: the card over is the slot.
        const overIndex = overId ? list.indexOf(overId) : -1;
        return {
          title: displayTitle(card),
          column: column?.name ?? '',
          position: (overIndex >= 0 ? overIndex : Math.max(0, list.indexOf(cardId))) + 1,
          total: Math.max(1, list.length),
        };
      }),
    [t],
  );

  const hasData = data !== undefined;
  const firstPaint = useRef(onFirstPaint);
  const [painted, setPainted] = useState(false);
  // At commit, so the mark lands after the frame that paints the board (markAfterPaint).
  useLayoutEffect(() => {
    if (hasData) markAfterPaint('recboard:board-ready');
  }, [hasData]);
  useEffect(() => {
    if (!hasData) return;
    requestAnimationFrame(() => requestAnimationFrame(() => setPainted(true)));
    firstPaint.current?.();
  }, [hasData]);
  const { data: progress = NO_PROGRESS } = useActionProgress(boardId, painted);
  useRestOfBoard(boardId, data, painted);
  const complete = data?.complete ?? false;
  useLayoutEffect(() => {
    if (complete) markAfterPaint('recboard:board-complete');
  }, [complete]);

  if (error) throw error;
  if (!data) return <p className={styles.loading}>{t('app.loading')}</p>;

  const allColumns = [...data.flowColumns, ...data.closedColumns];
  const columnProps = (column: Column, position: number) => ({
    boardId,
    column,
    position,
    cardIds: dnd.items[column.id] ?? [],
    data,
    progress,
    actors,
    today,
    onOpenCard,
    onMoveTo: setMovingCardId,
    onSettings: (columnId: string) => setColumnDialog({ columnId }),
  });
  const activeCard = dnd.activeId ? data.cardsById.get(dnd.activeId) : undefined;
  const movingCard = movingCardId ? data.cardsById.get(movingCardId) : undefined;
  const editedColumn = allColumns.find((column) => column.id === columnDialog?.columnId) ?? null;

  return (
    <section
      className={styles.board}
      aria-label={t('board.label')}
      // Busy while only the first screen is read: the rest arrives a moment later.
      aria-busy={!data.complete || undefined}
    >
      {boardCardCount(data) === 0 && (
        <div className={styles.emptyNotice}>
          <h2>{t('board.empty.title')}</h2>
          <p>{t('board.empty.body')}</p>
        </div>
      )}
      <DndContext
        sensors={sensors}
        collisionDetection={dnd.collisionDetection}
        accessibility={accessibility}
        onDragStart={dnd.onDragStart}
        onDragOver={dnd.onDragOver}
        onDragEnd={dnd.onDragEnd}
        onDragCancel={dnd.onDragCancel}
      >
        <div ref={setLanes} className={styles.lanes} {...{ [LANES_SCROLLER_ATTRIBUTE]: '' }}>
          <div className={styles.flow}>
            {data.flowColumns.map((column, index) => (
              <BoardColumn key={column.id} {...columnProps(column, index)} />
            ))}
            <Button
              variant="quiet"
              className={styles.addColumn}
              onClick={() => setColumnDialog({ columnId: null })}
            >
              <Icon name="plus" />
              {t('column.add')}
            </Button>
          </div>
          {data.closedColumns.length > 0 && (
            <section className={styles.closed} aria-label={t('board.closedColumns')}>
              <button
                type="button"
                className={styles.closedToggle}
                aria-expanded={closedOpen}
                onClick={() => setClosedOpen((open) => !open)}
              >
                {closedOpen ? <Icon name="chevronDown" /> : <Icon name="chevronRight" />}
                {t('board.closedColumns')}
                <span className={styles.closedCount}>
                  {t('column.cardCount', {
                    count: data.closedColumns.reduce(
                      (sum, c) => sum + (dnd.items[c.id]?.length ?? 0),
                      0,
                    ),
                  })}
                </span>
              </button>
              {closedOpen &&
                data.closedColumns.map((column, index) => (
                  <BoardColumn
                    key={column.id}
                    {...columnProps(column, data.flowColumns.length + index)}
                  />
                ))}
            </section>
          )}
        </div>
        <DragOverlay>
          {activeCard && (
            <RecommendationCard
              card={activeCard}
              workshop={
                activeCard.workshopId ? data.workshopsById.get(activeCard.workshopId) : undefined
              }
              actors={actors}
              progress={progress.get(activeCard.id)}
              due={dueStatus(activeCard.dueDate, 'open', today)}
              overlay
            />
          )}
        </DragOverlay>
      </DndContext>
      {movingCard && (
        <MoveToDialog
          card={movingCard}
          columns={allColumns}
          cardIdsByColumn={data.cardIdsByColumn}
          onMove={moveCard}
          onClose={() => setMovingCardId(null)}
        />
      )}
      {columnDialog && (
        <ColumnSettingsDialog
          column={editedColumn}
          columns={allColumns}
          cardCount={editedColumn ? (data.cardCountByColumn[editedColumn.id] ?? 0) : 0}
          onChange={(change) => changeColumns.mutate(change)}
          onClose={() => setColumnDialog(null)}
        />
      )}
    </section>
  );
});
