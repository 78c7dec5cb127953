import { useCallback, useMemo } from 'react';
import { actorDirectory, withBuiltInActors } from '../../domain/actor';
import type { SortContext } from '../../domain/find/sort';
import type { Recommendation } from '../../domain/recommendation';
import { useI18n } from '../../i18n/i18n-context';
import { laneLabel } from '../../i18n/lane-label';
import { useUserActors } from '../../queries/actor-queries';
import { useBoardLayout, useRestOfBoard } from '../../queries/board-queries';
import type { BoardData } from '../../queries/read-board-data';
import { useVisible } from '../../queries/visible-board-context';
import type { CellNames } from './cell-text';
import { ColumnsMenu } from './columns-menu';
import { editorOptions } from './editor-options';
import type { TableColumnId } from './table-columns';
import { TableGrid } from './table-grid';
import { tableRows } from './table-rows';
import styles from './table-view.module.css';
import { useCellCommit } from './use-cell-commit';
import { useSortRanks, WORKER_SORT_CARDS } from './use-sort-ranks';
import { useTableColumns } from './use-table-columns';

interface TableViewProps {
  boardId: string;
  onOpenCard: (cardId: string) => void;
}

/**
 * The cards the current view shows, as a sortable, editable table: the same filter and
 * lanes as the board (useVisible), a lane heading row above each lane's cards when grouped.
 * The sort lives in the URL with the rest of the view; the columns shown, on this device.
 */
export function TableView({ boardId, onOpenCard }: TableViewProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { view, setView, visible } = useVisible();
  const { data, error } = useBoardLayout(boardId);
  // The table needs every card: read the rest of the board at once (the board waits a paint).
  useRestOfBoard(boardId, data, true);
  const { data: userActors } = useUserActors(boardId);
  const [columns, setColumns] = useTableColumns();
  const commit = useCellCommit(boardId, data?.cardIdsByColumn ?? {});

  const frame = useMemo(() => {
    const boardColumns = data ? [...data.flowColumns, ...data.closedColumns] : [];
    const actors = withBuiltInActors(userActors ?? []);
    const directory = actorDirectory(userActors ?? []);
    const workshops = data?.workshopsById ?? new Map();
    const names: CellNames = {
      i18n,
      columnNames: new Map(boardColumns.map((column) => [column.id, i18n.columnName(column)])),
      actors: directory,
      workshops,
    };
    const sortContext: SortContext = {
      locale: i18n.locale,
      workshops,
      columnOrder: boardColumns.map((column) => column.id),
      actorLabels: new Map([...directory].map(([id, actor]) => [id, i18n.actorAbbr(actor)])),
    };
    return { names, sortContext, options: editorOptions(i18n, boardColumns, actors) };
  }, [data, userActors, i18n]);

  const lanes = visible?.lanes;
  const cardsById = data?.cardsById;
  // A large table is sorted in a worker: until its answer, the rows (and the header's
  // aria-sort) keep the last sort they were drawn in.
  const boardCards = useMemo(() => inBoardOrder(data), [data]);
  const sortRanks = useSortRanks(boardCards, view.sort, frame.sortContext);
  const sortShown =
    view.sort === null || boardCards.length < WORKER_SORT_CARDS
      ? view.sort
      : (sortRanks?.sort ?? null);
  const rows = useMemo(
    () =>
      lanes && cardsById
        ? tableRows({
            lanes,
            columnOrder: frame.sortContext.columnOrder ?? [],
            grouped: view.groupBy !== 'none',
            collapsedLanes: view.collapsedLanes,
            cardsById,
            sort: sortShown,
            sortContext: frame.sortContext,
            ...(sortRanks && sortShown ? { ranks: sortRanks.ranks } : {}),
          })
        : [],
    [lanes, cardsById, frame, view.groupBy, view.collapsedLanes, sortShown, sortRanks],
  );

  const onSort = useCallback(
    (key: TableColumnId) => {
      const direction = view.sort?.key === key && view.sort.direction === 'asc' ? 'desc' : 'asc';
      setView({ ...view, sort: { key, direction } });
    },
    [view, setView],
  );
  const onToggleLane = useCallback(
    (key: string) => {
      const folded = view.collapsedLanes.includes(key)
        ? view.collapsedLanes.filter((other) => other !== key)
        : [...view.collapsedLanes, key];
      setView({ ...view, collapsedLanes: folded }, { replace: true });
    },
    [view, setView],
  );
  const tableLaneLabel = useCallback(
    (key: string, count: number) =>
      t('table.lane', {
        // Not grouped, the one lane is the table itself.
        lane:
          view.groupBy === 'none'
            ? t('table.label')
            : laneLabel(key, view.groupBy, i18n, frame.names),
        count,
      }),
    [t, i18n, view.groupBy, frame],
  );

  if (error) throw error;
  if (!data || !visible || visible.status === 'reading') {
    return <p className={styles.message}>{t('table.reading')}</p>;
  }
  return (
    <section className={styles.table} aria-label={t('view.table')}>
      <div className={styles.toolbar}>
        <ColumnsMenu columns={columns} onChange={setColumns} />
      </div>
      <TableGrid
        rows={rows}
        columns={columns}
        sort={sortShown}
        cardsById={data.cardsById}
        names={frame.names}
        options={frame.options}
        laneLabel={tableLaneLabel}
        onSort={onSort}
        onToggleLane={onToggleLane}
        onOpenCard={onOpenCard}
        onCommit={commit}
      />
      {rows.length === 0 && <p className={styles.message}>{t('table.empty')}</p>}
    </section>
  );
}

/** The board's cards column by column, each by rank: the order a sort keeps for equal values. */
function inBoardOrder(data: BoardData | undefined): Recommendation[] {
  if (!data) return [];
  const cards: Recommendation[] = [];
  for (const column of [...data.flowColumns, ...data.closedColumns]) {
    for (const id of data.cardIdsByColumn[column.id] ?? []) {
      const card = data.cardsById.get(id);
      if (card) cards.push(card);
    }
  }
  return cards;
}
