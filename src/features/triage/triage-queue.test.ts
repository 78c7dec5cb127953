import { describe, expect, it } from 'vitest';
import { triageQueue } from './triage-queue';

const lanes = [
  { key: 'return', cardIdsByColumn: { todo: ['a', 'b'], doing: ['c'] }, count: 3 },
  { key: 'transit', cardIdsByColumn: { todo: ['b', 'd'], doing: [] }, count: 2 },
];

describe('triageQueue', () => {
  it('walks the view column by column, each card once', () => {
    expect(triageQueue(lanes, ['todo', 'doing'], { kind: 'view' })).toEqual(['a', 'b', 'd', 'c']);
    expect(triageQueue(lanes, ['doing', 'todo'], { kind: 'view' })).toEqual(['c', 'a', 'b', 'd']);
  });

  it('keeps one column when asked', () => {
    expect(triageQueue(lanes, ['todo', 'doing'], { kind: 'column', columnId: 'doing' })).toEqual([
      'c',
    ]);
    expect(triageQueue(lanes, ['todo'], { kind: 'column', columnId: 'gone' })).toEqual([]);
  });
});
