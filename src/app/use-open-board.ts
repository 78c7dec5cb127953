import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { DEFAULT_BOARD_ID } from '../domain/board';
import { boardLayoutQuery } from '../queries/board-queries';
import type { Repositories } from '../repositories/repositories';
import { openBoardOnce, openedRepositories } from './board-opening';

export type OpenBoardState =
  | { status: 'opening' }
  | { status: 'ready'; repositories: Repositories }
  | { status: 'failed'; error: unknown };

/** Query clients already handed the first read: a remount must not hand them a stale one. */
const seeded = new WeakSet<QueryClient>();

/**
 * The database, opened once per page (main.tsx started it before React loaded). The board's
 * query takes over the read that started with it instead of reading the rows a second time.
 */
export function useOpenBoard(queryClient: QueryClient): OpenBoardState {
  const [state, setState] = useState<OpenBoardState>(() => {
    const repositories = openedRepositories();
    return repositories ? { status: 'ready', repositories } : { status: 'opening' };
  });
  useEffect(() => {
    let live = true;
    const { repositories, firstRead } = openBoardOnce();
    repositories.then(
      (open) => {
        if (!seeded.has(queryClient)) {
          seeded.add(queryClient);
          void queryClient.prefetchQuery({
            ...boardLayoutQuery(open, DEFAULT_BOARD_ID),
            queryFn: () => firstRead,
          });
        }
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
