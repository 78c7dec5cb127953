import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { createQueryClient } from '../queries/query-client';
import { boardKeys } from '../queries/query-keys';
import { type BoardData, readBoardData } from '../queries/read-board-data';
import { RepositoriesContext } from '../queries/repositories-context';
import type { Repositories } from '../repositories/repositories';

/**
 * A tab's cache holding the whole board, as the board page has it once read, and the wrapper
 * that gives a hook under test those repositories and that cache; `board()` is the cached board.
 */
export async function cachedBoard(repositories: Repositories, boardId: string) {
  const queryClient = createQueryClient(() => {});
  queryClient.setQueryData(boardKeys.layout(boardId), await readBoardData(repositories, boardId));
  const wrapper = ({ children }: { children: ReactNode }) => (
    <RepositoriesContext.Provider value={repositories}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </RepositoriesContext.Provider>
  );
  const board = () => queryClient.getQueryData<BoardData>(boardKeys.layout(boardId));
  return { queryClient, wrapper, board };
}
