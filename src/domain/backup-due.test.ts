import { describe, expect, it } from 'vitest';
import { isBackupDue } from './backup-due';

describe('isBackupDue', () => {
  const base = {
    boardCreatedAt: '2026-11-01T08:00:00.000Z',
    reminderDays: 14,
    today: '2026-11-22',
  };
  it('reminds when the last backup is older than the chosen days', () => {
    expect(isBackupDue({ ...base, lastBackupAt: '2026-11-07T10:00:00.000Z' })).toBe(true);
    expect(isBackupDue({ ...base, lastBackupAt: '2026-11-09T10:00:00.000Z' })).toBe(false);
  });
  it('with no backup yet, counts from the day the board was created', () => {
    expect(isBackupDue({ ...base, lastBackupAt: null })).toBe(true);
    expect(isBackupDue({ ...base, lastBackupAt: null, reminderDays: 30 })).toBe(false);
  });
});
