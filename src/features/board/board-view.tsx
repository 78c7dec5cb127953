import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ActionProgress } from '../../domain/action-progress';
import { boardCardCount } from '../../domain/board-layout';
import { retagForLane } from '../../domain/find/lane-retag';
import type { CardMove } from '../../domain/move-in-layout';
import { useI18n } from '../../i18n/i18n-context';
import { laneLabel } from '../../i18n/lane-label';
import { markAfterPaint } from '../../lib/perf-marks';
import { useActorDirectory } from '../../queries/actor-queries';
import { useBoardDensity } from '../../queries/board-density-queries';
import { useActionProgress, useBoardLayout, useRestOfBoard } from '../../queries/board-queries';
import { useChangeColumns } from '../../queries/column-queries';
import { useMoveCard } from '../../queries/use-move-card';
import { useVisible } from '../../queries/visible-board-context';
import { BoardCanvas } from './board-canvas';
import { BoardToolbar } from './board-toolbar';
import styles from './board-view.module.css';
import { LazyColumnSettingsDialog, LazyMoveToDialog } from './lazy-board-dialogs';
import { LazyBulkBar } from './lazy-bulk-bar';
import type { MoveToLanes } from './move-to-dialog';
import { useCardSelection } from './use-card-selection';

const NO_PROGRESS: ReadonlyMap<string, ActionProgress> = new Map();

interface BulkDone {
  count: number;
  of: ReadonlySet<string> | null;
}

interface BoardViewProps {
  boardId: string;
  onOpenCard: (cardId: string) => void;
  /** Called once the board has first painted with its data: the time for idle work. */
  onFirstPaint?: () => void;
  /** Called once every card of the board has been read: the time for heavier idle work. */
  onWholeBoard?: () => void;
}

/**
 * The board: the cards the current view shows (useVisible), in their columns, in swimlanes
 * when grouped. Memoised so dialogs opening elsewhere in the app leave it alone.
 */
export const BoardView = memo(function BoardView({
  boardId,
  onOpenCard,
  onFirstPaint,
  onWholeBoard,
}: BoardViewProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { view, setView, visible } = useVisible();
  const actors = useActorDirectory(boardId);
  const { data, error } = useBoardLayout(boardId);
  const [painted, setPainted] = useState(false);
  const moveCard = useMoveCard(boardId);
  const changeColumns = useChangeColumns(boardId);
  const [moving, setMoving] = useState<{ cardId: string; lane: string } | null>(null);
  const moveTo = useCallback((cardId: string, lane: string) => setMoving({ cardId, lane }), []);
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
  const wholeBoard = useRef(onWholeBoard);
  // At commit, so the mark lands after the frame that paints the board (markAfterPaint).
  useLayoutEffect(() => {
    if (hasData) markAfterPaint('recboard:board-ready');
  }, [hasData]);
  useEffect(() => {
    if (!hasData) return;
    requestAnimationFrame(() => requestAnimationFrame(() => setPainted(true)));
    firstPaint.current?.();
  }, [hasData]);
  const { data: counted } = useActionProgress(boardId, painted);
  const progress = counted ?? NO_PROGRESS;
  const selection = useCardSelection();
  const compact = useBoardDensity() === 'compact';
  // What the last bulk edit did, said until the selection changes (`of` null: it archived
  // the cards, said until something is selected again).
  const [bulkDone, setBulkDone] = useState<BulkDone | null>(null);
  const { retain } = selection;
  useEffect(() => {
    if (data) retain((id) => data.cardsById.has(id));
  }, [data, retain]);
  const selectedCount = selection.selected.size;
  useRestOfBoard(boardId, data, painted);
  const complete = data?.complete ?? false;
  useLayoutEffect(() => {
    if (complete) markAfterPaint('recboard:board-complete');
  }, [complete]);
  useEffect(() => {
    if (complete) wholeBoard.current?.();
  }, [complete]);
  const allColumns = useMemo(
    () => (data ? [...data.flowColumns, ...data.closedColumns] : []),
    [data],
  );

  if (error) throw error;
  if (!data || !visible) return <p className={styles.loading}>{t('app.loading')}</p>;

  const movingCard = moving ? data.cardsById.get(moving.cardId) : undefined;
  // Grouped, "Move to…" offers the lanes too: a move into one retags the card as a drop does.
  const movingLanes: MoveToLanes | undefined =
    moving && view.groupBy !== 'none'
      ? {
          from: moving.lane,
          options: visible.lanes.map((lane) => ({
            key: lane.key,
            cardIdsByColumn: lane.cardIdsByColumn,
            label: laneLabel(lane.key, view.groupBy, i18n, {
              actors,
              workshops: data.workshopsById,
            }),
          })),
        }
      : undefined;
  const editedColumn = allColumns.find((column) => column.id === columnDialog?.columnId) ?? null;

  return (
    <section
      className={styles.board}
      aria-label={t('board.label')}
      // Busy while only the first screen is read: the rest arrives a moment later.
      aria-busy={!data.complete || undefined}
      data-density={compact ? 'compact' : undefined}
    >
      <BoardToolbar
        selection={selection}
        status={
          bulkDone &&
          (bulkDone.of === selection.selected || (bulkDone.of === null && selectedCount === 0))
            ? t('board.bulk.done', { count: bulkDone.count })
            : selectedCount > 0
              ? t('board.select.count', { count: selectedCount })
              : ''
        }
      />
      {selectedCount > 0 && (
        <LazyBulkBar
          boardId={boardId}
          columns={allColumns}
          selection={selection}
          onDone={(count, archived) =>
            setBulkDone({ count, of: archived ? null : selection.selected })
          }
        />
      )}
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
        onMoveTo={moveTo}
        onColumnSettings={(columnId) => setColumnDialog({ columnId: columnId || null })}
        progressKnown={counted !== undefined}
        compact={compact}
        selection={selection}
        onToggleLane={(key) => {
          const folded = view.collapsedLanes.includes(key)
            ? view.collapsedLanes.filter((other) => other !== key)
            : [...view.collapsedLanes, key];
          setView({ ...view, collapsedLanes: folded }, { replace: true });
        }}
      />
      {movingCard && (
        <LazyMoveToDialog
          card={movingCard}
          columns={allColumns}
          cardIdsByColumn={data.cardIdsByColumn}
          lanes={movingLanes}
          onMove={onMove}
          onClose={() => setMoving(null)}
        />
      )}
      {columnDialog && (
        <LazyColumnSettingsDialog
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
