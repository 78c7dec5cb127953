import { QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { defaultColumnId } from '../domain/default-columns';
import type { Repositories } from '../repositories/repositories';
import { createTestBoard } from '../testing/test-database';
import { useRecommendation } from './card-queries';
import { createQueryClient } from './query-client';
import { readBoardData } from './read-board-data';
import { RepositoriesContext } from './repositories-context';

function wrapperFor(repositories: Repositories) {
  const queryClient = createQueryClient(() => {});
  return ({ children }: { children: ReactNode }) => (
    <RepositoriesContext.Provider value={repositories}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </RepositoriesContext.Provider>
  );
}

describe('one card for the editor', () => {
  it('starts from the card the board holds: there in the first render, nothing read', async () => {
    const { boardId, repositories } = await createTestBoard();
    await repositories.recommendations.create(boardId, {
      text: 'Bring banks on board to develop migrant-friendly reintegration packages',
      columnId: defaultColumnId('triage'),
    });
    const board = await readBoardData(repositories, boardId);
    const [card] = board.cardsById.values();
    if (!card) throw new Error('the board has no card');
    const get = vi.spyOn(repositories.recommendations, 'get');
    const { result } = renderHook(() => useRecommendation(boardId, card.id, true, card), {
      wrapper: wrapperFor(repositories),
    });
    expect(result.current.data).toBe(card);
    expect(get).not.toHaveBeenCalled();
  });

  it('reads a card the board does not hold (an archived one)', async () => {
    const { boardId, repositories } = await createTestBoard();
    const created = await repositories.recommendations.create(boardId, {
      text: 'A comprehensive action plan for reintegration should be in place',
      columnId: defaultColumnId('triage'),
    });
    const { result } = renderHook(() => useRecommendation(boardId, created.id), {
      wrapper: wrapperFor(repositories),
    });
    expect(result.current.data).toBeUndefined();
    await waitFor(() => expect(result.current.data?.text).toBe(created.text));
  });
});
