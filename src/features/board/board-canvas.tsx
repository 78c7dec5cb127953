import { DndContext, DragOverlay } from '@dnd-kit/core';
import { type KeyboardEvent, useCallback, useMemo, useRef, useState } from 'react';
import type { ActionProgress } from '../../domain/action-progress';
import { boardCardCount } from '../../domain/board-layout';
import type { Column } from '../../domain/column';
import { dueStatus } from '../../domain/due-status';
import { isEmptyFilter } from '../../domain/find/filter-chips';
import type { Lane } from '../../domain/find/lanes';
import type { ViewState } from '../../domain/find/view-state';
import type { CardMove } from '../../domain/move-in-layout';
import { useI18n } from '../../i18n/i18n-context';
import { laneLabel } from '../../i18n/lane-label';
import { todayCalendarDate } from '../../lib/dates';
import { useActorDirectory } from '../../queries/actor-queries';
import type { VisibleBoardState } from '../../queries/use-visible-board';
import { useSwipeNavigationGuard } from '../../ui/use-swipe-navigation-guard';
import { BoardColumn, type CardView } from './board-column';
import { boardSlots } from './board-slots';
import styles from './board-view.module.css';
import { onCardKeyDown } from './card-keyboard';
import { isVirtualised } from './card-list';
import { findColumn } from './column-items';
import { ColumnSwitcher } from './column-switcher';
import { FlatBoard } from './flat-board';
import { LaneSection } from './lane-section';
import { RecommendationCard } from './recommendation-card';
import { parseSlot, slotId } from './slot-ids';
import { useBoardAnnouncements } from './use-board-announcements';
import { type LaneChange, useBoardDnd } from './use-board-dnd';
import { useBoardSensors } from './use-board-sensors';
import type { CardSelection, SelectGesture } from './use-card-selection';
import { useNarrowScreen } from './use-narrow-screen';
import { LANES_SCROLLER_ATTRIBUTE } from './use-near-view';

interface BoardCanvasProps {
  boardId: string;
  visible: VisibleBoardState;
  view: ViewState;
  progress: ReadonlyMap<string, ActionProgress>;
  onMove: (move: CardMove, lanes: LaneChange) => void;
  onOpenCard: (cardId: string) => void;
  /** "Move to…" asked for a card, in the lane it was shown in. */
  onMoveTo: (cardId: string, lane: string) => void;
  onColumnSettings: (columnId: string) => void;
  onToggleLane: (key: string) => void;
  /** Whether `progress` has been read (until then no card says it has no action items). */
  progressKnown: boolean;
  compact: boolean;
  selection: CardSelection;
}

/** The columns and their cards, in swimlanes when grouped, with drag and drop across them. */
export function BoardCanvas(props: BoardCanvasProps) {
  const { visible, view, progress } = props;
  const { data, lanes } = visible;
  const i18n = useI18n();
  const actors = useActorDirectory(props.boardId);
  const today = useMemo(() => todayCalendarDate(), []);
  const sensors = useBoardSensors();
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  useSwipeNavigationGuard(scroller);
  const narrow = useNarrowScreen();
  const columns = useMemo(() => [...data.flowColumns, ...data.closedColumns], [data]);
  const saved = useMemo(() => boardSlots(lanes, columns), [lanes, columns]);
  const dnd = useBoardDnd(saved, props.onMove);
  const accessibility = useBoardAnnouncements(data, dnd.items);
  const grouped = view.groupBy !== 'none';
  const filtered = !isEmptyFilter(view.filter);
  const latest = useRef({ items: dnd.items, activeId: dnd.activeId, props });
  latest.current = { items: dnd.items, activeId: dnd.activeId, props };
  const { select } = props.selection;
  // A range runs through the column the card was clicked in, in the order it shows.
  const onSelect = useCallback(
    (sortableId: string, gesture: SelectGesture) => {
      const { items } = latest.current;
      const containerId = findColumn(items, sortableId);
      const order = (containerId ? (items[containerId] ?? []) : []).map(
        (slot) => parseSlot(slot).id,
      );
      select(parseSlot(sortableId).id, gesture, order);
    },
    [select],
  );
  const cardView: CardView = {
    compact: props.compact,
    selecting: props.selection.selecting,
    selected: props.selection.selected,
    onSelect,
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) =>
    onCardKeyDown(event, {
      dragging: () => latest.current.activeId !== null,
      open: (id) => latest.current.props.onOpenCard(id),
      moveTo: (id) => {
        const column = (event.target as HTMLElement).closest<HTMLElement>('[data-lane]');
        latest.current.props.onMoveTo(id, column?.dataset.lane ?? '');
      },
      select: (id, range) => {
        const column = (event.target as HTMLElement).closest<HTMLElement>('[data-lane]');
        onSelect(slotId(column?.dataset.lane ?? '', id), range ? 'range' : 'toggle');
      },
    });

  const renderColumn =
    (lane: Lane, label: string | undefined) => (column: Column, position: number) => {
      const containerId = slotId(lane.key, column.id);
      const slots = dnd.items[containerId] ?? [];
      // While only the first screen is read, the header counts the cards not read yet too.
      const unread =
        grouped || filtered
          ? 0
          : (data.cardCountByColumn[column.id] ?? 0) -
            (data.cardIdsByColumn[column.id]?.length ?? 0);
      return (
        <BoardColumn
          key={containerId}
          boardId={props.boardId}
          column={column}
          position={position}
          containerId={containerId}
          slots={slots}
          count={slots.length + Math.max(0, unread)}
          laneLabel={label}
          query={view.filter.query}
          data={data}
          progress={progress}
          actors={actors}
          today={today}
          onOpenCard={props.onOpenCard}
          onMoveTo={props.onMoveTo}
          onSettings={props.onColumnSettings}
          progressKnown={props.progressKnown}
          cardView={cardView}
        />
      );
    };

  const active = dnd.activeId ? data.cardsById.get(parseSlot(dnd.activeId).id) : undefined;
  const flat = lanes[0];
  // The same threshold as the columns': a large board's lanes below the view wait (lane-section).
  const deferLanes = isVirtualised(0, boardCardCount(data));
  const names = { actors, workshops: data.workshopsById };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={dnd.collisionDetection}
      accessibility={accessibility}
      onDragStart={dnd.onDragStart}
      onDragOver={dnd.onDragOver}
      onDragEnd={dnd.onDragEnd}
      onDragCancel={dnd.onDragCancel}
    >
      {narrow && <ColumnSwitcher columns={columns} scroller={scroller} />}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: it hears the keys of the focused cards inside it (card-keyboard.ts) */}
      <div
        ref={setScroller}
        className={grouped ? styles.lanesGrouped : styles.lanes}
        {...{ [LANES_SCROLLER_ATTRIBUTE]: '' }}
        data-dragging={dnd.activeId !== null || undefined}
        onKeyDown={onKeyDown}
      >
        {!grouped && flat ? (
          <FlatBoard
            flowColumns={data.flowColumns}
            closedColumns={data.closedColumns}
            closedCount={data.closedColumns.reduce(
              (sum, column) => sum + (dnd.items[slotId(flat.key, column.id)]?.length ?? 0),
              0,
            )}
            renderColumn={renderColumn(flat, undefined)}
            onAddColumn={() => props.onColumnSettings('')}
          />
        ) : (
          lanes.map((lane, position) => {
            const label = laneLabel(lane.key, view.groupBy, i18n, names);
            return (
              <LaneSection
                key={lane.key}
                position={position}
                deferrable={deferLanes}
                label={label}
                count={lane.count}
                collapsed={view.collapsedLanes.includes(lane.key)}
                onToggle={() => props.onToggleLane(lane.key)}
                columns={columns}
                renderColumn={renderColumn(lane, label)}
              />
            );
          })
        )}
      </div>
      <DragOverlay>
        {active && (
          <RecommendationCard
            card={active}
            workshop={active.workshopId ? data.workshopsById.get(active.workshopId) : undefined}
            actors={actors}
            progress={progress.get(active.id)}
            due={dueStatus(active.dueDate, 'open', today)}
            progressKnown={props.progressKnown}
            compact={props.compact}
            overlay
          />
        )}
      </DragOverlay>
    </DndContext>
  );
}
