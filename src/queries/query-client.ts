import { MutationCache, QueryClient } from '@tanstack/react-query';

/**
 * A QueryClient tuned for data that lives in this browser: `networkMode: 'always'` because
 * the default pauses every query and write while offline (exactly when chairs are at a
 * meeting), no retries (IndexedDB errors do not heal by retrying), and no staleness timer
 * (data changes only through writes, which invalidate).
 */
export function createQueryClient(onMutationError: (error: unknown) => void): QueryClient {
  return new QueryClient({
    mutationCache: new MutationCache({ onError: (error) => onMutationError(error) }),
    defaultOptions: {
      queries: {
        networkMode: 'always',
        retry: false,
        staleTime: Number.POSITIVE_INFINITY,
        refetchOnWindowFocus: false,
      },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}
