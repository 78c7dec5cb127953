import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DashboardSource } from '../domain/dashboard/dashboard-request';
import type { Repositories } from '../repositories/repositories';
import { boardKeys } from './query-keys';
import { useRepositories } from './repositories-context';

/** Every journal entry: the history of the flow and of "since" starts at the first. */
const WHOLE_JOURNAL = Number.MAX_SAFE_INTEGER - 1;

/**
 * The board as the dashboard reads it: the cards on it and the archived ones, the columns,
 * the workshops, live action items per card and the whole journal. Deleted cards and columns
 * are not read (no repository lists tombstones): the history of a deleted card is left out.
 */
export async function readDashboardSource(
  repositories: Repositories,
  boardId: string,
): Promise<DashboardSource> {
  const [{ onBoard, archived }, columns, workshops, progress, journal] = await Promise.all([
    repositories.recommendations.listOnBoardAndArchived(boardId),
    repositories.columns.list(boardId),
    repositories.workshops.list(boardId),
    repositories.actionItems.progressByCard(boardId),
    repositories.journal.listPage(boardId, { limit: WHOLE_JOURNAL }),
  ]);
  const actionItemCounts = new Map<string, number>();
  for (const [cardId, { total }] of progress) actionItemCounts.set(cardId, total);
  return {
    cards: [...onBoard, ...archived],
    columns,
    workshops,
    actionItemCounts,
    journal: journal.entries,
  };
}

export function dashboardSourceQuery(repositories: Repositories, boardId: string) {
  return queryOptions({
    // Under the board's key, so whatever refreshes the board refreshes the dashboard.
    queryKey: [...boardKeys.board(boardId), 'dashboard'] as const,
    queryFn: () => readDashboardSource(repositories, boardId),
    // Read again each time the dashboard opens: the cache is patched for the board only.
    staleTime: 0,
    gcTime: 0,
    structuralSharing: false,
  });
}

export function useDashboardSource(boardId: string) {
  return useQuery(dashboardSourceQuery(useRepositories(), boardId));
}
