import { QueryClientProvider, useMutation } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Repositories } from '../repositories/repositories';
import { createQueryClient } from './query-client';
import { boardKeys } from './query-keys';
import { RepositoriesContext } from './repositories-context';
import { useLiveInvalidation } from './use-live-invalidation';

function setup() {
  let announce: () => void = () => {};
  const repositories = {
    onDataChanged: (listener: () => void) => {
      announce = listener;
      return () => {};
    },
  } as unknown as Repositories;
  const queryClient = createQueryClient(() => {});
  const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
  const wrapper = ({ children }: { children: ReactNode }) => (
    <RepositoriesContext.Provider value={repositories}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </RepositoriesContext.Provider>
  );
  return { announce: () => announce(), invalidate, wrapper };
}

describe('useLiveInvalidation', () => {
  it('refreshes the board when another tab writes', () => {
    const { announce, invalidate, wrapper } = setup();
    renderHook(() => useLiveInvalidation(), { wrapper });
    act(announce);
    expect(invalidate).toHaveBeenCalledWith({ queryKey: boardKeys.all });
  });

  it('defers, never drops, a change that arrives while this tab is writing', async () => {
    const { announce, invalidate, wrapper } = setup();
    let finishWrite: () => void = () => {};
    const { result } = renderHook(
      () => {
        useLiveInvalidation();
        return useMutation({
          mutationFn: () =>
            new Promise<void>((done) => {
              finishWrite = done;
            }),
        });
      },
      { wrapper },
    );
    act(() => result.current.mutate());
    await waitFor(() => expect(result.current.isPending).toBe(true));
    act(announce);
    expect(invalidate).not.toHaveBeenCalled();

    act(finishWrite);
    await waitFor(() => expect(invalidate).toHaveBeenCalledWith({ queryKey: boardKeys.all }));
  });
});
