import Dexie, { type ObservabilitySet } from 'dexie';
import type { RecboardDatabase } from '../db/database';
import { createActionItemRepository } from './action-item-repository';
import { createActorRepository } from './actor-repository';
import { createBackupRepository } from './backup-repository';
import { createBoardSetupRepository } from './board-setup-repository';
import { createBulkWriteRepository } from './bulk-write-repository';
import { createCardLifecycleRepository } from './card-lifecycle-repository';
import { createCardMoveRepository } from './card-move-repository';
import { createColumnRepository } from './column-repository';
import { createDeviceSettingsRepository } from './device-settings-repository';
import { createJournalRepository } from './journal-repository';
import { createJournalWriter } from './journal-writer';
import { lazyRepository } from './lazy-repository';
import { type ObservedChanges, observedChanges } from './observed-changes';
import { createProgressNoteRepository } from './progress-note-repository';
import { createRecommendationRepository } from './recommendation-repository';
import { createSavedViewRepository } from './saved-view-repository';
import { createSearchTextRepository } from './search-text-repository';
import { createWorkshopRepository } from './workshop-repository';

/**
 * Every repository over one database: the app makes one set, each test its own. Those used
 * only after a person acts (imports, bulk edits) load their module on their first call.
 */
export function createRepositories(db: RecboardDatabase) {
  // One writer for all: one write path, and one place that hears every committed action.
  const writer = createJournalWriter(db);
  return {
    actors: createActorRepository(db, writer),
    boardSetup: createBoardSetupRepository(db, writer),
    backup: createBackupRepository(db),
    bulkWrite: createBulkWriteRepository(db, writer),
    /** One change to several cards: one transaction, one undo step. */
    bulkEdit: lazyRepository(
      () => import('./bulk-edit-repository').then((m) => m.createBulkEditRepository(db, writer)),
      ['editMany'],
    ),
    deviceSettings: createDeviceSettingsRepository(db),
    columns: createColumnRepository(db, writer),
    recommendations: {
      ...createRecommendationRepository(db, writer),
      ...createCardMoveRepository(db, writer),
      ...createCardLifecycleRepository(db, writer),
    },
    actionItems: createActionItemRepository(db, writer),
    progressNotes: createProgressNoteRepository(db, writer),
    /** A workshop report's chosen recommendations, added to triage as one action. */
    reportImport: lazyRepository(
      () =>
        import('./recommendation-import-repository').then((m) =>
          m.createRecommendationImportRepository(db, writer),
        ),
      ['importRecommendations'],
    ),
    /** Imports and exports: the export's envelope too, so it answers with a promise. */
    snapshotImport: lazyRepository(
      () =>
        import('./snapshot-import-repository').then((m) =>
          m.createSnapshotImportRepository(db, writer),
        ),
      ['current', 'envelope', 'replace', 'merge', 'addRows'],
    ),
    journal: {
      ...createJournalRepository(db, writer),
      /** Every action this tab commits, once committed: the undo stack and the cache hear it. */
      onCommitted: writer.onCommitted,
      /** Whether this tab wrote the entry, so its change event needs no reading. */
      wroteHere: writer.wroteHere,
      /** Whether a write of this tab is under way (true) or all have ended (false). */
      onPendingChange: writer.onPendingChange,
      /** A write another thread makes for this tab counts as this tab's while it runs. */
      pendingWhile: writer.pendingWhile,
    },
    workshops: createWorkshopRepository(db, writer),
    search: createSearchTextRepository(db),
    savedViews: createSavedViewRepository(db, writer),
    /**
     * Calls `listener` after any committed write to the database, in this tab or another
     * (Dexie broadcasts its `storagemutated` event across tabs), with the keys it changed.
     * Returns the unsubscribe.
     */
    onDataChanged(listener: (changes: ObservedChanges) => void): () => void {
      const onMutated = (parts: ObservabilitySet) => {
        const changes = observedChanges(db.name, parts);
        if (changes) listener(changes);
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
