import type { RecboardDatabase } from '../db/database';
import { LATEST_SCHEMA_VERSION } from '../db/schema-versions';
import { SNAPSHOT_FORMAT, type Snapshot, SnapshotDataSchema } from '../domain/snapshot';
import { nowIso } from '../lib/dates';
import { createDeviceSettingsRepository } from './device-settings-repository';
import { readSnapshotRows, snapshotTables } from './snapshot-tables';

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
      const data = await db.transaction('r', snapshotTables(db), () => readSnapshotRows(db));
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
