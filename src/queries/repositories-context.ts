import { createContext, useContext } from 'react';
import type { Repositories } from '../repositories/repositories';

export const RepositoriesContext = createContext<Repositories | null>(null);

/** The repositories of the open database; provided once by the app (or by a test). */
export function useRepositories(): Repositories {
  const repositories = useContext(RepositoriesContext);
  if (!repositories) throw new Error('useRepositories needs a RepositoriesContext provider');
  return repositories;
}
