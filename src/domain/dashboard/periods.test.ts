import { describe, expect, it } from 'vitest';
import { periodScale } from './periods';

describe('periodScale', () => {
  it('cuts weeks Monday to Sunday, the last one ending today', () => {
    const scale = periodScale('2026-02-28', '2026-03-11', 'week');
    expect(scale.periods).toEqual([
      { start: '2026-02-23', end: '2026-03-01' },
      { start: '2026-03-02', end: '2026-03-08' },
      { start: '2026-03-09', end: '2026-03-11' },
    ]);
    expect(['2026-02-23', '2026-03-01', '2026-03-02', '2026-03-11'].map(scale.indexOf)).toEqual([
      0, 0, 1, 2,
    ]);
  });

  it('cuts calendar months across a year end', () => {
    const scale = periodScale('2025-11-30', '2026-02-10', 'month');
    expect(scale.periods).toEqual([
      { start: '2025-11-01', end: '2025-11-30' },
      { start: '2025-12-01', end: '2025-12-31' },
      { start: '2026-01-01', end: '2026-01-31' },
      { start: '2026-02-01', end: '2026-02-10' },
    ]);
    expect(scale.indexOf('2026-01-31')).toBe(2);
  });

  it('cuts quarters', () => {
    const scale = periodScale('2025-08-15', '2026-03-15', 'quarter');
    expect(scale.periods).toEqual([
      { start: '2025-07-01', end: '2025-09-30' },
      { start: '2025-10-01', end: '2025-12-31' },
      { start: '2026-01-01', end: '2026-03-15' },
    ]);
    expect(['2025-09-30', '2025-10-01', '2026-03-31'].map(scale.indexOf)).toEqual([0, 1, 2]);
  });

  it('counts dates outside the periods in the first or the last', () => {
    const scale = periodScale('2026-03-01', '2026-03-15', 'month');
    expect(scale.periods).toHaveLength(1);
    expect(scale.indexOf('2026-01-01')).toBe(0);
    expect(scale.indexOf('2026-04-01')).toBe(0);
  });

  it('has one period when the first date is after the last', () => {
    expect(periodScale('2026-04-02', '2026-03-15', 'week').periods).toEqual([
      { start: '2026-03-09', end: '2026-03-15' },
    ]);
  });
});
