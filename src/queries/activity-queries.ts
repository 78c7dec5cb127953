import { useInfiniteQuery } from '@tanstack/react-query';
import type { ActionKind, JournalEntry } from '../domain/journal';
import { cardName } from '../repositories/action-label';
import type { ActivityPage } from '../repositories/journal-repository';
import { RecordNotFoundError } from '../repositories/record-not-found-error';
import type { Repositories } from '../repositories/repositories';
import { boardKeys } from './query-keys';
import { useRepositories } from './repositories-context';

/** Entries read per page: a few screens of rows, one quick indexed read. */
export const ACTIVITY_PAGE_SIZE = 100;

/** Which entries the activity page shows: action kinds, and a time range (ISO instants). */
export interface ActivityFilter {
  kinds?: readonly ActionKind[];
  from?: string;
  to?: string;
}

/**
 * Names by id, for the entries kept from before the journal: their events name a card and
 * columns by id only, where every later entry's label carries its words.
 */
export interface LegacyNames {
  cards: Readonly<Record<string, string>>;
  columns: Readonly<Record<string, string>>;
}

export interface ActivityPageData extends ActivityPage {
  names: LegacyNames;
}

const NO_NAMES: LegacyNames = { cards: {}, columns: {} };

async function titleOf(repositories: Repositories, cardId: string): Promise<string | null> {
  try {
    return cardName(await repositories.recommendations.get(cardId));
  } catch (error) {
    if (error instanceof RecordNotFoundError) return null;
    throw error;
  }
}

/** The names a page's legacy entries need; nothing is read for a page without any. */
async function legacyNames(
  repositories: Repositories,
  boardId: string,
  entries: readonly JournalEntry[],
): Promise<LegacyNames> {
  const cardIds = [
    ...new Set(entries.flatMap((e) => (e.legacy ? [e.legacy.recommendationId] : []))),
  ];
  if (cardIds.length === 0) return NO_NAMES;
  const [columns, titles] = await Promise.all([
    repositories.columns.list(boardId),
    Promise.all(cardIds.map((id) => titleOf(repositories, id))),
  ]);
  const cards: Record<string, string> = {};
  cardIds.forEach((id, index) => {
    const title = titles[index];
    if (title) cards[id] = title;
  });
  return {
    cards,
    columns: Object.fromEntries(columns.map((column) => [column.id, column.name])),
  };
}

/**
 * The board's activity, newest first, a page at a time (the next one on demand). Its key
 * sits under `boardKeys.activity`, which every write marks stale: the pages read so far are
 * read again, each from the cursor of the one before, so none is skipped or doubled.
 */
export function useActivity(boardId: string, filter: ActivityFilter) {
  const repositories = useRepositories();
  return useInfiniteQuery({
    queryKey: [...boardKeys.activity(boardId), filter],
    initialPageParam: null as string | null,
    queryFn: async ({ pageParam }): Promise<ActivityPageData> => {
      const page = await repositories.journal.listPage(boardId, {
        ...filter,
        ...(pageParam === null ? {} : { before: pageParam }),
        limit: ACTIVITY_PAGE_SIZE,
      });
      return { ...page, names: await legacyNames(repositories, boardId, page.entries) };
    },
    getNextPageParam: (last) => last.next,
    // A damaged journal row fails the page where the section's error boundary says so.
    throwOnError: true,
  });
}
