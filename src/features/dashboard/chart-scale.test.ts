import { describe, expect, it } from 'vitest';
import { heatLevel, niceMax, ticks } from './chart-scale';

describe('niceMax', () => {
  it('rounds up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 1, 3, 7, 10, 11, 48, 120, 501, 9999].map(niceMax)).toEqual([
      1, 1, 5, 10, 10, 20, 50, 200, 1000, 10000,
    ]);
  });
});

describe('ticks', () => {
  it('steps in whole numbers from 0 to the top', () => {
    expect(ticks(20)).toEqual([0, 5, 10, 15, 20]);
    expect(ticks(1)).toEqual([0, 1]);
    expect(ticks(10, 5)).toEqual([0, 2, 4, 6, 8, 10]);
  });
});

describe('heatLevel', () => {
  it('is 0 for no card and 4 for the largest cell, in quarters between', () => {
    expect([0, 1, 25, 26, 50, 75, 76, 100].map((count) => heatLevel(count, 100))).toEqual([
      0, 1, 1, 2, 2, 3, 4, 4,
    ]);
    expect(heatLevel(3, 0)).toBe(0);
  });
});
