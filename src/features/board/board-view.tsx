import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ActionProgress } from '../../domain/action-progress';
import { boardCardCount } from '../../domain/board-layout';
import { retagForLane } from '../../domain/find/lane-retag';
import type { CardMove } from '../../domain/move-in-layout';
import { useI18n } from '../../i18n/i18n-context';
import { markAfterPaint } from '../../lib/perf-marks';
import { useActionProgress, useBoardLayout, useRestOfBoard } from '../../queries/board-queries';
import { useChangeColumns } from '../../queries/column-queries';
import { useMoveCard } from '../../queries/use-move-card';
import { useVisible } from '../../queries/visible-board-context';
import { BoardCanvas } from './board-canvas';
import styles from './board-view.module.css';
import { ColumnSettingsDialog } from './column-settings-dialog';
import { MoveToDialog } from './move-to-dialog';

const NO_PROGRESS: ReadonlyMap<string, ActionProgress> = new Map();

interface BoardViewProps {
  boardId: string;
  onOpenCard: (cardId: string) => void;
  /** Called once the board has first painted with its data: the time for idle work. */
  onFirstPaint?: () => void;
}

/**
 * The board: the cards the current view shows (useVisible), in their columns, in swimlanes
 * when grouped. Memoised so dialogs opening elsewhere in the app leave it alone.
 */
export const BoardView = memo(function BoardView({
  boardId,
  onOpenCard,
  onFirstPaint,
}: BoardViewProps) {
  const { t } = useI18n();
  const { view, setView, visible } = useVisible();
  const { data, error } = useBoardLayout(boardId);
  const [painted, setPainted] = useState(false);
  const moveCard = useMoveCard(boardId);
  const changeColumns = useChangeColumns(boardId);
  const [movingCardId, setMovingCardId] = useState<string | null>(null);
  const [columnDialog, setColumnDialog] = useState<{ columnId: string | null } | null>(null);

  // A drop into another lane takes that lane's value (a stage, an actor…) in the same move.
  const latest = useRef({ data, groupBy: view.groupBy });
  latest.current = { data, groupBy: view.groupBy };
  const onMove = useCallback(
    (move: CardMove, lanes: { from: string; to: string }) => {
      const card = latest.current.data?.cardsById.get(move.id);
      const patch =
        card && lanes.from !== lanes.to
          ? retagForLane(card, latest.current.groupBy, lanes.from, lanes.to)
          : null;
      moveCard(patch ? { ...move, patch } : move);
    },
    [moveCard],
  );

  const hasData = data !== undefined;
  const firstPaint = useRef(onFirstPaint);
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
  const allColumns = useMemo(
    () => (data ? [...data.flowColumns, ...data.closedColumns] : []),
    [data],
  );

  if (error) throw error;
  if (!data || !visible) return <p className={styles.loading}>{t('app.loading')}</p>;

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
      <BoardCanvas
        boardId={boardId}
        visible={visible}
        view={view}
        progress={progress}
        onMove={onMove}
        onOpenCard={onOpenCard}
        onMoveTo={setMovingCardId}
        onColumnSettings={(columnId) => setColumnDialog({ columnId: columnId || null })}
        onToggleLane={(key) => {
          const folded = view.collapsedLanes.includes(key)
            ? view.collapsedLanes.filter((other) => other !== key)
            : [...view.collapsedLanes, key];
          setView({ ...view, collapsedLanes: folded }, { replace: true });
        }}
      />
      {movingCard && (
        <MoveToDialog
          card={movingCard}
          columns={allColumns}
          cardIdsByColumn={data.cardIdsByColumn}
          onMove={(move) => moveCard(move)}
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
