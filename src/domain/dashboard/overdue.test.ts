import { describe, expect, it } from 'vitest';
import { isOverdue } from './overdue';

describe('isOverdue', () => {
  it('holds for an open card due before today', () => {
    expect(isOverdue('2026-03-14', 'open', '2026-03-15')).toBe(true);
    expect(isOverdue('2025-01-01', 'triage', '2026-03-15')).toBe(true);
  });

  it('does not hold on the due date, after it, without one, or once done or closed', () => {
    expect(isOverdue('2026-03-15', 'open', '2026-03-15')).toBe(false);
    expect(isOverdue('2026-04-01', 'open', '2026-03-15')).toBe(false);
    expect(isOverdue(null, 'open', '2026-03-15')).toBe(false);
    expect(isOverdue('2026-03-01', 'done', '2026-03-15')).toBe(false);
    expect(isOverdue('2026-03-01', 'closed', '2026-03-15')).toBe(false);
  });
});
