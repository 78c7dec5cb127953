import type { RecboardDatabase } from '../db/database';
import { LATEST_SCHEMA_VERSION } from '../db/schema-versions';
import { SNAPSHOT_FORMAT, type Snapshot, SnapshotDataSchema } from '../domain/snapshot';
import { nowIso } from '../lib/dates';
import { createDeviceSettingsRepository } from './device-settings-repository';

export const APP_VERSION = '0.1.0';

export function createBackupRepository(db: RecboardDatabase) {
  const settings = createDeviceSettingsRepository(db);
  return {
    /**
     * A full snapshot of every synced table, read in one transaction so it is consistent, and
     * validated before it leaves: a backup that cannot be restored is worse than none.
     * Records the time of the backup for the reminder.
     */
    async exportSnapshot(): Promise<Snapshot> {
      const tables = [
        db.boards,
        db.columns,
        db.workshops,
        db.recommendations,
        db.actionItems,
        db.progressNotes,
        db.activity,
        db.actors,
      ] as const;
      const data = await db.transaction('r', tables, async () => ({
        boards: await db.boards.toArray(),
        columns: await db.columns.toArray(),
        workshops: await db.workshops.toArray(),
        recommendations: await db.recommendations.toArray(),
        actionItems: await db.actionItems.toArray(),
        progressNotes: await db.progressNotes.toArray(),
        activity: await db.activity.toArray(),
        actors: await db.actors.toArray(),
      }));
      const exportedAt = nowIso();
      const snapshot: Snapshot = {
        format: SNAPSHOT_FORMAT,
        schemaVersion: LATEST_SCHEMA_VERSION,
        exportedAt,
        app: { name: 'Recboard', version: APP_VERSION },
        data: SnapshotDataSchema.parse(data),
      };
      await settings.set('lastBackupAt', exportedAt);
      return snapshot;
    },
  };
}
