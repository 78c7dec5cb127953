import { describe, expect, it } from 'vitest';
import { canonicalInstant, instantToCalendarDate } from './instant-to-date';

describe('instantToCalendarDate', () => {
  it('gives the date the instant falls on in the zone', () => {
    expect(instantToCalendarDate('2024-03-04T18:00:00.000Z', 'Asia/Dhaka')).toBe('2024-03-05');
    expect(instantToCalendarDate('2024-03-04T18:00:00.000Z', 'UTC')).toBe('2024-03-04');
    expect(instantToCalendarDate('2024-03-05T02:00:00.000Z', 'America/New_York')).toBe(
      '2024-03-04',
    );
  });

  it('gives null for text that is not an instant and throws for an unknown zone', () => {
    expect(instantToCalendarDate('soon', 'UTC')).toBeNull();
    expect(() => instantToCalendarDate('2024-03-04T18:00:00Z', 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('canonicalInstant', () => {
  it('writes instants in UTC and refuses the rest', () => {
    expect(canonicalInstant('2024-03-05T06:00:00+06:00')).toBe('2024-03-05T00:00:00.000Z');
    expect(canonicalInstant('nope')).toBeNull();
    expect(canonicalInstant(null)).toBeNull();
  });
});
