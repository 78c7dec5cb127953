import { useMutation } from '@tanstack/react-query';
import type { Repositories } from '../repositories/repositories';
import { useRepositories } from './repositories-context';

/**
 * The one way the screen writes: a mutation over a repository call. Nothing here refreshes
 * the cache: every committed write reaches it through the journal (JournalSyncProvider), the
 * same way whether this tab or another wrote it. A failed write is reported once, by the
 * query client's MutationCache.
 */
export function useBoardWrite<I, R>(write: (repositories: Repositories, input: I) => Promise<R>) {
  const repositories = useRepositories();
  return useMutation({ mutationFn: (input: I) => write(repositories, input) });
}
