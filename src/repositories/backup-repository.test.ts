import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../db/schema-versions';
import { SnapshotSchema } from '../domain/snapshot';
import { createTestBoard } from '../testing/test-database';

describe('backup and device settings', () => {
  it('exports every synced table in a valid, versioned envelope and remembers when', async () => {
    const { db, repositories } = await createTestBoard();
    expect((await repositories.deviceSettings.getAll()).lastBackupAt).toBeNull();

    const snapshot = await repositories.backup.exportSnapshot();
    const parsed = SnapshotSchema.parse(JSON.parse(JSON.stringify(snapshot)));
    expect(parsed.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(parsed.data.recommendations).toHaveLength(await db.recommendations.count());
    expect(parsed.data.columns).toHaveLength(await db.columns.count());
    expect(parsed.data.journal).toHaveLength(await db.journal.count());
    expect((await repositories.deviceSettings.getAll()).lastBackupAt).toBe(snapshot.exportedAt);
  });

  it('keeps reminder days within range and falls back to defaults for damaged values', async () => {
    const { db, repositories } = await createTestBoard();
    await repositories.deviceSettings.set('backupReminderDays', 30);
    expect((await repositories.deviceSettings.getAll()).backupReminderDays).toBe(30);
    await expect(repositories.deviceSettings.set('backupReminderDays', 0)).rejects.toThrow();
    await db.deviceMeta.put({ key: 'backupReminderDays', value: 'often' });
    expect((await repositories.deviceSettings.getAll()).backupReminderDays).toBe(14);
  });
});
