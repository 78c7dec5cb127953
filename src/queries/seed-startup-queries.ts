import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { boardKeys, deviceKeys } from './query-keys';
import type { StartupData } from './read-startup';

/** A query the first render uses, and its part of the start-up read. */
interface StartupQuery {
  queryKey: QueryKey;
  pick: (data: StartupData) => unknown;
}

function startupQueries(boardId: string): StartupQuery[] {
  return [
    { queryKey: boardKeys.layout(boardId), pick: (data) => data.board },
    { queryKey: boardKeys.info(boardId), pick: (data) => data.boardInfo },
    { queryKey: boardKeys.actors(boardId), pick: (data) => data.userActors },
    { queryKey: boardKeys.sampleData(boardId), pick: (data) => data.hasSampleData },
    { queryKey: deviceKeys.settings, pick: (data) => data.deviceSettings },
  ];
}

/**
 * Hands the queries the start-up read instead of reading the rows a second time: at once
 * when it is already in (main.tsx usually waits for it), so the very first render has
 * them, or else as each query's first fetch.
 */
export function seedStartupQueries(
  queryClient: QueryClient,
  boardId: string,
  startup: StartupData | Promise<StartupData>,
): void {
  for (const { queryKey, pick } of startupQueries(boardId)) {
    if (startup instanceof Promise) {
      void queryClient.prefetchQuery({ queryKey, queryFn: () => startup.then(pick) });
    } else {
      queryClient.setQueryData(queryKey, pick(startup));
    }
  }
}
