import { describe, expect, it } from 'vitest';
import { CHART, labelEvery, quarterOf, stackedBars, yOf } from './chart-layout';

const bottom = CHART.height - CHART.bottom;
const plotHeight = CHART.height - CHART.top - CHART.bottom;

describe('stackedBars', () => {
  it('stacks each period bottom up on one scale, skipping empty series', () => {
    const { bars, top } = stackedBars([
      [2, 0, 3],
      [10, 5, 5],
    ]);
    expect(top).toBe(20);
    expect(bars).toHaveLength(2);
    const [first, second] = bars;
    expect(first?.segments.map((s) => s.series)).toEqual([0, 2]);
    expect(first?.segments[0]?.height).toBeCloseTo((2 / 20) * plotHeight);
    expect(first?.segments[0]?.y).toBeCloseTo(bottom - (2 / 20) * plotHeight);
    expect(first?.segments[1]?.y).toBeCloseTo(bottom - (5 / 20) * plotHeight);
    expect(second?.segments.at(-1)?.y).toBeCloseTo(CHART.top);
    expect((second?.x ?? 0) > (first?.x ?? 0)).toBe(true);
  });

  it('draws an empty chart on an axis of 1', () => {
    expect(stackedBars([[0, 0]])).toEqual({
      top: 1,
      bars: [expect.objectContaining({ segments: [] })],
    });
  });
});

describe('yOf and labelEvery', () => {
  it('puts 0 at the bottom and the top value at the top', () => {
    expect(yOf(0, 50)).toBe(bottom);
    expect(yOf(50, 50)).toBe(CHART.top);
  });

  it('writes every label when they fit, else every n-th', () => {
    expect(labelEvery(10)).toBe(1);
    expect(labelEvery(25)).toBe(3);
    expect(labelEvery(104, 12)).toBe(9);
  });
});

describe('quarterOf', () => {
  it('names the quarter a period starts in', () => {
    expect(quarterOf('2026-01-01')).toEqual({ year: 2026, quarter: 1 });
    expect(quarterOf('2025-10-01')).toEqual({ year: 2025, quarter: 4 });
    expect(quarterOf('2025-06-30')).toEqual({ year: 2025, quarter: 2 });
  });
});
