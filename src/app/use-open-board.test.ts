import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BOARD_ID } from '../domain/board';
import { createQueryClient } from '../queries/query-client';
import { boardKeys } from '../queries/query-keys';
import { openBoardOnce } from './board-opening';
import { useOpenBoard } from './use-open-board';

describe('useOpenBoard', () => {
  it('starts ready with the start-up read seeded, and never renders the app again for it', async () => {
    const startup = await openBoardOnce().firstRead;
    const queryClient = createQueryClient(() => {});
    let renders = 0;
    const { result } = renderHook(() => {
      renders += 1;
      return useOpenBoard(queryClient);
    });
    const first = result.current;
    expect(first.status).toBe('ready');
    expect(queryClient.getQueryData(boardKeys.layout(DEFAULT_BOARD_ID))).toBe(startup.board);

    await act(async () => {
      await openBoardOnce().repositories;
    });
    expect(result.current).toBe(first);
    expect(renders).toBe(1);
  });
});
