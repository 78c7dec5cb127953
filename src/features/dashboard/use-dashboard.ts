import { useCallback, useEffect, useMemo, useState } from 'react';
import type { WorkerDashboard } from '../../domain/dashboard/dashboard-request';
import type { PeriodUnit } from '../../domain/dashboard/periods';
import { isEmptyFilter } from '../../domain/find/filter-chips';
import { isBlankQuery } from '../../domain/find/search-key';
import { defaultViewState, type ViewState } from '../../domain/find/view-state';
import { todayCalendarDate } from '../../lib/dates';
import { useRestOfBoard } from '../../queries/board-queries';
import { useDashboardSource } from '../../queries/dashboard-queries';
import { useVisibleBoard } from '../../queries/use-visible-board';
import { computeInWorker, readJournalAhead } from './dashboard-worker-client';

/** What the board is asked for when the dashboard needs nothing of it: no filter, no pass. */
const UNFILTERED = defaultViewState();

export type DashboardStatus =
  | { kind: 'reading' }
  | { kind: 'computing'; previous: WorkerDashboard | null }
  /** `filter`: the view's filter the figures were computed for. */
  | { kind: 'ready'; dashboard: WorkerDashboard; millis: number; filter: ViewState['filter'] }
  | { kind: 'failed'; message: string };

interface Settings {
  unit: PeriodUnit;
  since: string | null;
}

/**
 * Every figure for the current view. With a filter, it waits for the board to be read whole
 * and counts exactly the cards the board shows (the board's own filter and search); the
 * figures are computed in a worker, and `millis` says how long from asking to having them.
 */
export function useDashboard(boardId: string, view: ViewState, settings: Settings) {
  const source = useDashboardSource(boardId);
  const filtered = !isEmptyFilter(view.filter);
  // Only a text search needs the board's own answer (its search index); any other filter the
  // worker asks of each card itself, as the board does, without a pass over the board here.
  const searched = filtered && !isBlankQuery(view.filter.query);
  const visible = useVisibleBoard(boardId, searched ? view : UNFILTERED);
  useRestOfBoard(boardId, visible?.data, searched);
  // The lanes are memoised where they are computed; `visible` itself is new on each render.
  const lanes = visible?.status === 'ready' ? visible.lanes : null;
  const shownIds = useMemo(() => {
    if (!searched || lanes === null) return null;
    const ids = new Set<string>();
    for (const lane of lanes) {
      for (const column of Object.values(lane.cardIdsByColumn)) {
        for (const id of column) ids.add(id);
      }
    }
    return [...ids];
  }, [searched, lanes]);
  // The worker starts on the board's journal while the page reads the board (decision 015).
  useEffect(() => {
    readJournalAhead(boardId);
  }, [boardId]);
  const [status, setStatus] = useState<DashboardStatus>({ kind: 'reading' });
  const today = useMemo(() => todayCalendarDate(), []);
  const waiting = !source.data || (searched && shownIds === null);
  const { unit, since } = settings;

  useEffect(() => {
    if (source.error) setStatus({ kind: 'failed', message: String(source.error) });
    if (waiting || !source.data) return;
    let current = true;
    const started = performance.now();
    setStatus((previous) => ({
      kind: 'computing',
      previous: previous.kind === 'ready' ? previous.dashboard : null,
    }));
    computeInWorker(source.data, {
      boardId,
      today,
      filter: filtered ? view.filter : null,
      shownIds,
      unit,
      ...(since === null ? {} : { since }),
    }).then(
      (dashboard) => {
        if (current) {
          const millis = performance.now() - started;
          setStatus({ kind: 'ready', dashboard, millis, filter: view.filter });
        }
      },
      (error: unknown) => {
        if (current) setStatus({ kind: 'failed', message: String(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [
    waiting,
    source.data,
    source.error,
    boardId,
    today,
    filtered,
    view.filter,
    shownIds,
    unit,
    since,
  ]);

  // The board read again: a new source (never shared with the last one) computes afresh,
  // in a worker sent that new board, whichever of the two failed.
  const { refetch } = source;
  const retry = useCallback(() => {
    setStatus({ kind: 'reading' });
    void refetch();
  }, [refetch]);

  return { status, source: source.data, retry };
}
