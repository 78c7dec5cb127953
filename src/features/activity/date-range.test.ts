import { describe, expect, it } from 'vitest';
import { dayRangeInstants } from './date-range';

/** An instant as the viewer's clock reads it: the tests pass in any time zone. */
function local(instant: string | undefined) {
  if (instant === undefined) return undefined;
  const d = new Date(instant);
  const [year, month, day] = [d.getFullYear(), d.getMonth() + 1, d.getDate()];
  return [year, month, day, d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds()];
}

describe('dayRangeInstants', () => {
  it('covers both days whole, in the viewer’s time zone', () => {
    const range = dayRangeInstants('2025-03-01', '2025-03-31');
    expect(local(range.from)).toEqual([2025, 3, 1, 0, 0, 0, 0]);
    expect(local(range.to)).toEqual([2025, 3, 31, 23, 59, 59, 999]);
  });

  it('covers a single day when both ends are the same day, month and year ends included', () => {
    const range = dayRangeInstants('2024-12-31', '2024-12-31');
    expect(local(range.from)).toEqual([2024, 12, 31, 0, 0, 0, 0]);
    expect(local(range.to)).toEqual([2024, 12, 31, 23, 59, 59, 999]);
  });

  it('leaves an empty or impossible end open', () => {
    expect(dayRangeInstants('', '')).toEqual({});
    expect(Object.keys(dayRangeInstants('2025-02-30', '2025-03-01'))).toEqual(['to']);
    expect(Object.keys(dayRangeInstants('2025-03-01', 'soon'))).toEqual(['from']);
  });
});
