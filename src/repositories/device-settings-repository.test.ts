import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/test-database';
import { createDeviceSettingsRepository } from './device-settings-repository';

describe('device settings', () => {
  it('keeps the one-key shortcuts on until turned off, and remembers the choice', async () => {
    const db = createTestDatabase();
    const settings = createDeviceSettingsRepository(db);
    expect((await settings.getAll()).singleKeyShortcuts).toBe(true);
    await settings.set('singleKeyShortcuts', false);
    expect((await settings.getAll()).singleKeyShortcuts).toBe(false);
    // A stored value that no longer parses falls back to the default, the others stay.
    await settings.set('boardDensity', 'compact');
    await db.deviceMeta.put({ key: 'singleKeyShortcuts', value: 'off' });
    const read = await settings.getAll();
    expect(read.singleKeyShortcuts).toBe(true);
    expect(read.boardDensity).toBe('compact');
  });
});
