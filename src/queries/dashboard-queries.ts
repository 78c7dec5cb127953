import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ActionProgress } from '../domain/action-progress';
import type { DashboardSource } from '../domain/dashboard/dashboard-request';
import type { Recommendation } from '../domain/recommendation';
import type { Repositories } from '../repositories/repositories';
import { heldCards } from './held-cards';
import { boardKeys } from './query-keys';
import { useRepositories } from './repositories-context';

/**
 * What the board's own queries already hold, kept up to date by every write (decision 011):
 * the cards on the board, once read whole, and the action items per card.
 */
export interface HeldBoard {
  onBoard?: readonly Recommendation[];
  progress?: ReadonlyMap<string, ActionProgress>;
}

/**
 * The board as the dashboard page holds it: cards whole, so the page can name them; the worker
 * is sent them without their words (dashboardCardOf).
 */
export interface DashboardBoard extends Omit<DashboardSource, 'cards'> {
  cards: readonly Recommendation[];
}

/**
 * The board as the dashboard reads it: the cards on it and the archived ones, the columns,
 * the workshops and live action items per card; the dashboard's worker reads the journal
 * itself (workers/dashboard-handler.ts). What the board already holds is taken from it rather than read and checked
 * again (10,000 cards: most of a second). Deleted cards and columns are not read (no
 * repository lists tombstones): the history of a deleted card is left out.
 */
export async function readDashboardSource(
  repositories: Repositories,
  boardId: string,
  held: HeldBoard = {},
): Promise<DashboardBoard> {
  const [cards, columns, workshops, progress] = await Promise.all([
    held.onBoard === undefined
      ? repositories.recommendations
          .listOnBoardAndArchived(boardId)
          .then(({ onBoard, archived }) => [...onBoard, ...archived])
      : repositories.recommendations
          .listArchived(boardId)
          .then((archived) => withArchived(held.onBoard ?? [], archived)),
    repositories.columns.list(boardId),
    repositories.workshops.list(boardId),
    held.progress ?? repositories.actionItems.progressByCard(boardId),
  ]);
  const actionItemCounts = new Map<string, number>();
  for (const [cardId, { total }] of progress) actionItemCounts.set(cardId, total);
  return { cards, columns, workshops, actionItemCounts };
}

/**
 * The board's cards and the archived ones read from the database. A card archived a moment
 * ago may still be on the board's copy (its patch not yet applied): the read wins.
 */
function withArchived(
  onBoard: readonly Recommendation[],
  archived: readonly Recommendation[],
): Recommendation[] {
  const archivedIds = new Set(archived.map((card) => card.id));
  return [...onBoard.filter((card) => !archivedIds.has(card.id)), ...archived];
}

export function dashboardSourceQuery(
  repositories: Repositories,
  boardId: string,
  held: () => HeldBoard = () => ({}),
) {
  return queryOptions({
    // Under the board's key, so whatever refreshes the board refreshes the dashboard.
    queryKey: [...boardKeys.board(boardId), 'dashboard'] as const,
    queryFn: () => readDashboardSource(repositories, boardId, held()),
    // Read again each time the dashboard opens: the cache is patched for the board only.
    staleTime: 0,
    gcTime: 0,
    structuralSharing: false,
  });
}

export function useDashboardSource(boardId: string) {
  const queryClient = useQueryClient();
  const held = (): HeldBoard => {
    const onBoard = heldCards(queryClient, boardId);
    const progress = queryClient.getQueryData<ReadonlyMap<string, ActionProgress>>(
      boardKeys.actionProgress(boardId),
    );
    return {
      ...(onBoard ? { onBoard } : {}),
      ...(progress === undefined ? {} : { progress }),
    };
  };
  return useQuery(dashboardSourceQuery(useRepositories(), boardId, held));
}
