import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { DEFAULT_BOARD_ID } from '../domain/board';
import { seedStartupQueries } from '../queries/seed-startup-queries';
import type { Repositories } from '../repositories/repositories';
import { openBoardOnce, openedRepositories, startupRead } from './board-opening';

export type OpenBoardState =
  | { status: 'opening' }
  | { status: 'ready'; repositories: Repositories }
  | { status: 'failed'; error: unknown };

/** Query clients already handed the first read: a remount must not hand them a stale one. */
const seeded = new WeakSet<QueryClient>();

/** Hands the queries the read that started with the page (seedStartupQueries), once. */
function seedQueries(queryClient: QueryClient): void {
  if (seeded.has(queryClient)) return;
  seeded.add(queryClient);
  seedStartupQueries(queryClient, DEFAULT_BOARD_ID, startupRead() ?? openBoardOnce().firstRead);
}

/** The database, opened once per page (main.tsx started it before React loaded). */
export function useOpenBoard(queryClient: QueryClient): OpenBoardState {
  const [state, setState] = useState<OpenBoardState>(() => {
    const repositories = openedRepositories();
    if (!repositories) return { status: 'opening' };
    seedQueries(queryClient);
    return { status: 'ready', repositories };
  });
  useEffect(() => {
    let live = true;
    openBoardOnce().repositories.then(
      (open) => {
        seedQueries(queryClient);
        // Already ready from the first render (the usual case): keeping the same state object
        // spares the whole app a render just after its first paint.
        if (live)
          setState((now) =>
            now.status === 'ready' ? now : { status: 'ready', repositories: open },
          );
      },
      (error: unknown) => live && setState({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [queryClient]);
  return state;
}
