import { useMemo, useRef } from 'react';
import { withBuiltInActors } from '../domain/actor';
import { isEmptyFilter } from '../domain/find/filter-chips';
import { isBlankQuery } from '../domain/find/search-key';
import type { ViewState } from '../domain/find/view-state';
import { type VisibleBoard, visibleBoard } from '../domain/find/visible-board';
import { todayCalendarDate } from '../lib/dates';
import { useUserActors } from './actor-queries';
import { useActionProgress, useBoardLayout } from './board-queries';
import type { BoardData } from './read-board-data';
import { useSearchIndex } from './use-search-index';

const NO_HITS: ReadonlySet<string> = new Set();

/**
 * Whether what the board shows is whole yet. A filter, a grouping or the table needs every
 * card: while only the first screen is read, the board says it is reading rather than show
 * counts that are silently wrong; a text search also waits for its index (decision 012).
 */
export type VisibleStatus = 'ready' | 'reading' | 'indexing';

export interface VisibleBoardState extends VisibleBoard {
  data: BoardData;
  status: VisibleStatus;
}

/** What the board (or the table) shows for a view: the cards that pass, in lanes. */
export function useVisibleBoard(boardId: string, view: ViewState): VisibleBoardState | undefined {
  const { data } = useBoardLayout(boardId);
  const filtered = !isEmptyFilter(view.filter);
  const needsAll = filtered || view.groupBy !== 'none' || view.view !== 'board';
  // Done/total per card: read once the board is whole (the board reads it after its first
  // paint too: one query, so one read), or at once for the "not yet actionable" filter.
  const { data: progress } = useActionProgress(boardId, data?.complete === true || filtered);
  const { data: actors } = useUserActors(boardId);
  const searching = !isBlankQuery(view.filter.query);
  const search = useSearchIndex(boardId, data, searching);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` changes when the index does; the index object stays the same
  const hits = useMemo(
    () => (search.index && searching ? search.index.search(view.filter.query) : NO_HITS),
    [search.index, search.version, searching, view.filter.query],
  );
  const today = useMemo(() => todayCalendarDate(), []);
  // The last result, whose unchanged column lists the next one keeps. A cache: the next result
  // keeps a list only when its ids are the same, so a render React throws away does no harm.
  const last = useRef<VisibleBoard | undefined>(undefined);
  const shown = useMemo(() => {
    if (!data) return undefined;
    const next = visibleBoard(
      {
        columns: [...data.flowColumns, ...data.closedColumns],
        cardIdsByColumn: data.cardIdsByColumn,
        cardsById: data.cardsById,
        filter: view.filter,
        groupBy: view.groupBy,
        today,
        actionItemCount: (id) => progress?.get(id)?.total ?? 0,
        searchHits: hits,
        workshops: [...data.workshopsById.values()],
        actorIds: withBuiltInActors(actors ?? []).map((actor) => actor.id),
      },
      last.current,
    );
    last.current = next;
    return next;
  }, [data, view.filter, view.groupBy, today, progress, hits, actors]);
  if (!data || !shown) return undefined;
  const reading = needsAll && (!data.complete || (view.filter.notActionable && !progress));
  const status: VisibleStatus = reading
    ? 'reading'
    : searching && search.status !== 'ready'
      ? 'indexing'
      : 'ready';
  return { ...shown, data, status };
}
