import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { DEFAULT_BOARD_ID } from '../domain/board';
import { useI18n } from '../i18n/i18n-context';
import { boardLayoutQuery } from '../queries/board-queries';
import { openRepositories } from '../repositories/open-repositories';
import type { Repositories } from '../repositories/repositories';

export type OpenBoardState =
  | { status: 'opening' }
  | { status: 'ready'; repositories: Repositories }
  | { status: 'failed'; error: unknown };

let opening: Promise<Repositories> | null = null;
let opened: Repositories | null = null;

/** The open repositories, for the root error fallback's backup (null if opening failed). */
export function openedRepositories(): Repositories | null {
  return opened;
}

/**
 * Opens the database once per page, however often React mounts the app, and starts reading
 * the board at once: the read runs while React mounts the shell instead of after it.
 */
export function useOpenBoard(queryClient: QueryClient): OpenBoardState {
  const { t } = useI18n();
  const [state, setState] = useState<OpenBoardState>({ status: 'opening' });
  useEffect(() => {
    let live = true;
    opening ??= openRepositories({
      boardId: DEFAULT_BOARD_ID,
      boardName: t('board.defaultName'),
    }).then((repositories) => {
      void queryClient.prefetchQuery(boardLayoutQuery(repositories, DEFAULT_BOARD_ID));
      return repositories;
    });
    opening.then(
      (repositories) => {
        opened = repositories;
        if (live) setState({ status: 'ready', repositories });
      },
      (error: unknown) => live && setState({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [t, queryClient]);
  return state;
}
