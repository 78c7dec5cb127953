import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { DEFAULT_BOARD_ID } from '../domain/board';
import { boardLayoutQuery } from '../queries/board-queries';
import type { Repositories } from '../repositories/repositories';
import { firstScreenRead, openBoardOnce, openedRepositories } from './board-opening';

export type OpenBoardState =
  | { status: 'opening' }
  | { status: 'ready'; repositories: Repositories }
  | { status: 'failed'; error: unknown };

/** Query clients already handed the first read: a remount must not hand them a stale one. */
const seeded = new WeakSet<QueryClient>();

/**
 * Hands the board's query the first screen that started with the page instead of reading
 * the rows a second time: at once when it is already read (main.tsx usually waits for it),
 * so the very first render shows the board, or else when it arrives.
 */
function seedBoardQuery(queryClient: QueryClient, open: Repositories): void {
  if (seeded.has(queryClient)) return;
  seeded.add(queryClient);
  const options = boardLayoutQuery(open, DEFAULT_BOARD_ID);
  const read = firstScreenRead();
  if (read) queryClient.setQueryData(options.queryKey, read);
  else void queryClient.prefetchQuery({ ...options, queryFn: () => openBoardOnce().firstRead });
}

/** The database, opened once per page (main.tsx started it before React loaded). */
export function useOpenBoard(queryClient: QueryClient): OpenBoardState {
  const [state, setState] = useState<OpenBoardState>(() => {
    const repositories = openedRepositories();
    if (!repositories) return { status: 'opening' };
    seedBoardQuery(queryClient, repositories);
    return { status: 'ready', repositories };
  });
  useEffect(() => {
    let live = true;
    openBoardOnce().repositories.then(
      (open) => {
        seedBoardQuery(queryClient, open);
        if (live) setState({ status: 'ready', repositories: open });
      },
      (error: unknown) => live && setState({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [queryClient]);
  return state;
}
