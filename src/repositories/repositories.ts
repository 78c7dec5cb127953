import Dexie, { type ObservabilitySet } from 'dexie';
import type { RecboardDatabase } from '../db/database';
import { createBoardSetupRepository } from './board-setup-repository';
import { createColumnRepository } from './column-repository';
import { createRecommendationRepository } from './recommendation-repository';
import { createWorkshopRepository } from './workshop-repository';

/** Every repository over one database: the app makes one set, each test its own. */
export function createRepositories(db: RecboardDatabase) {
  return {
    boardSetup: createBoardSetupRepository(db),
    columns: createColumnRepository(db),
    recommendations: createRecommendationRepository(db),
    workshops: createWorkshopRepository(db),
    /**
     * Calls `listener` after any committed write to the database, in this tab or another
     * (Dexie broadcasts its `storagemutated` event across tabs). Returns the unsubscribe.
     */
    onDataChanged(listener: () => void): () => void {
      const prefix = `idb://${db.name}/`;
      const onMutated = (parts: ObservabilitySet) => {
        if (Object.keys(parts).some((part) => part.startsWith(prefix))) listener();
      };
      Dexie.on('storagemutated', onMutated);
      return () => Dexie.on('storagemutated').unsubscribe(onMutated);
    },
  };
}
export type Repositories = ReturnType<typeof createRepositories>;
