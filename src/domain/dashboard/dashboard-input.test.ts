import { describe, expect, it } from 'vitest';
import { testCard } from '../find/test-card';
import { dashboardCardOf } from './dashboard-input';

describe('dashboardCardOf', () => {
  it('leaves out the words no figure reads, keeps every other field, and copies', () => {
    const card = testCard({
      title: 'Reintegration packages',
      raisedBy: 'BRAC',
      sourceLocator: 'p. 4',
      stageIds: ['reintegration'],
      dueDate: '2027-03-31',
    });
    const { text, title, raisedBy, sourceLocator, ...rest } = card;
    expect([text, title, raisedBy, sourceLocator].every((words) => words !== '')).toBe(true);
    expect(dashboardCardOf(card)).toEqual(rest);
    expect(Object.keys(dashboardCardOf(card))).not.toContain('text');
    expect(card.title).toBe('Reintegration packages');
  });
});
