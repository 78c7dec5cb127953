import Dexie, { type ObservabilitySet } from 'dexie';
import type { RecboardDatabase } from '../db/database';
import { createActionItemRepository } from './action-item-repository';
import { createActivityRepository } from './activity-repository';
import { createActorRepository } from './actor-repository';
import { createBackupRepository } from './backup-repository';
import { createBoardSetupRepository } from './board-setup-repository';
import { createBulkWriteRepository } from './bulk-write-repository';
import { createCardLifecycleRepository } from './card-lifecycle-repository';
import { createCardMoveRepository } from './card-move-repository';
import { createColumnRepository } from './column-repository';
import { createDeviceSettingsRepository } from './device-settings-repository';
import { createProgressNoteRepository } from './progress-note-repository';
import { createRecommendationRepository } from './recommendation-repository';
import { createWorkshopRepository } from './workshop-repository';

/** Every repository over one database: the app makes one set, each test its own. */
export function createRepositories(db: RecboardDatabase) {
  return {
    actors: createActorRepository(db),
    boardSetup: createBoardSetupRepository(db),
    backup: createBackupRepository(db),
    bulkWrite: createBulkWriteRepository(db),
    deviceSettings: createDeviceSettingsRepository(db),
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
    /**
     * Calls `listener` when another tab opens a newer version of the database. Dexie then
     * closes this tab's connection so the upgrade can run; this tab must reload to continue.
     */
    onVersionChange(listener: () => void): () => void {
      db.on('versionchange', listener);
      return () => db.on('versionchange').unsubscribe(listener);
    },
  };
}
export type Repositories = ReturnType<typeof createRepositories>;
