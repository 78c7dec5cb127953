import { describe, expect, it } from 'vitest';
import { dueStatus } from './due-status';

describe('dueStatus', () => {
  const today = '2026-11-22';
  it('flags overdue and due-soon open recommendations', () => {
    expect(dueStatus('2026-11-21', 'open', today)).toBe('overdue');
    expect(dueStatus('2026-11-22', 'triage', today)).toBe('due_soon');
    expect(dueStatus('2026-12-22', 'open', today)).toBe('due_soon');
    expect(dueStatus('2026-12-23', 'open', today)).toBeNull();
  });
  it('never flags implemented or closed ones, or cards with no date', () => {
    expect(dueStatus('2020-01-01', 'done', today)).toBeNull();
    expect(dueStatus('2020-01-01', 'closed', today)).toBeNull();
    expect(dueStatus(null, 'open', today)).toBeNull();
  });
});
