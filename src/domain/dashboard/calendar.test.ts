import { describe, expect, it } from 'vitest';
import { addMonths, dateOfEpochDay, epochDay, later, utcDateOf, utcInstant } from './calendar';

describe('utcInstant and utcDateOf', () => {
  it('keeps an instant written by toISOString as it is', () => {
    expect(utcInstant('2026-03-15T23:59:59.999Z')).toBe('2026-03-15T23:59:59.999Z');
  });

  it('writes an instant with an offset in UTC, which may be another day', () => {
    expect(utcInstant('2025-12-31T23:30:00-02:00')).toBe('2026-01-01T01:30:00.000Z');
    expect(utcDateOf('2026-03-15T03:00:00+06:00')).toBe('2026-03-14');
    expect(utcDateOf('2026-03-15T03:00:00Z')).toBe('2026-03-15');
  });
});

describe('epochDay', () => {
  it('counts whole days from 1 January 1970, and back', () => {
    expect(epochDay('1970-01-02')).toBe(1);
    expect(epochDay('2026-03-15') - epochDay('2025-02-01')).toBe(407);
    expect(dateOfEpochDay(epochDay('2024-02-29'))).toBe('2024-02-29');
  });
});

describe('addMonths', () => {
  it('moves by calendar months, to the last day of a shorter month', () => {
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
    expect(addMonths('2026-05-31', -3)).toBe('2026-02-28');
    expect(addMonths('2024-05-31', -3)).toBe('2024-02-29');
    expect(addMonths('2026-03-15', -12)).toBe('2025-03-15');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
  });
});

describe('later', () => {
  it('picks the later of two instants', () => {
    expect(later('2026-01-02T00:00:00.000Z', '2026-01-01T00:00:00.000Z')).toBe(
      '2026-01-02T00:00:00.000Z',
    );
    expect(later('2026-01-01', '2026-01-03')).toBe('2026-01-03');
  });
});
