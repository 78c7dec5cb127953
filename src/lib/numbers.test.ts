import { describe, expect, it } from 'vitest';
import { parseLocalizedInteger, toAsciiDigits } from './numbers';

describe('numbers typed in Bangla or ASCII digits', () => {
  it('parses both digit sets', () => {
    expect(parseLocalizedInteger('১২')).toBe(12);
    expect(parseLocalizedInteger(' 7 ')).toBe(7);
    expect(toAsciiDigits('২০২৬-০৩-৩১')).toBe('2026-03-31');
  });
  it('refuses what is not a whole number', () => {
    expect(parseLocalizedInteger('7.5')).toBeNaN();
    expect(parseLocalizedInteger('ten')).toBeNaN();
    expect(parseLocalizedInteger('')).toBeNaN();
  });
});
