import Dexie, { type ObservabilitySet } from 'dexie';
import type { RecboardDatabase } from '../db/database';
import { createActionItemRepository } from './action-item-repository';
import { createActivityRepository } from './activity-repository';
import { createActorRepository } from './actor-repository';
import { createBoardSetupRepository } from './board-setup-repository';
import { createCardLifecycleRepository } from './card-lifecycle-repository';
import { createCardMoveRepository } from './card-move-repository';
import { createColumnRepository } from './column-repository';
import { createProgressNoteRepository } from './progress-note-repository';
import { createRecommendationRepository } from './recommendation-repository';
import { createWorkshopRepository } from './workshop-repository';

/** Every repository over one database: the app makes one set, each test its own. */
export function createRepositories(db: RecboardDatabase) {
  return {
    actors: createActorRepository(db),
    boardSetup: createBoardSetupRepository(db),
    columns: createColumnRepository(db),
    recommendations: {
      ...createRecommendationRepository(db),
      ...createCardMoveRepository(db),
      ...createCardLifecycleRepository(db),
    },
    actionItems: createActionItemRepository(db),
    progressNotes: createProgressNoteRepository(db),
    activity: createActivityRepository(db),
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
