import { describe, expect, it } from 'vitest';
import { countActionProgress } from './action-progress';

describe('countActionProgress', () => {
  it('counts done and total per recommendation, leaving deleted items out', () => {
    const progress = countActionProgress([
      { recommendationId: 'a', done: true, deletedAt: null },
      { recommendationId: 'a', done: false, deletedAt: null },
      { recommendationId: 'a', done: true, deletedAt: '2026-01-01T00:00:00.000Z' },
      { recommendationId: 'b', done: false, deletedAt: null },
    ]);
    expect([...progress]).toEqual([
      ['a', { done: 1, total: 2 }],
      ['b', { done: 0, total: 1 }],
    ]);
  });
});
