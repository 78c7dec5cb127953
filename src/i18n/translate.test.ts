import { describe, expect, it } from 'vitest';
import { englishMessages } from './messages';
import { formatNumber, translate } from './translate';

describe('translate', () => {
  it('chooses the plural form and formats the count for the locale', () => {
    expect(translate(englishMessages, 'en', 'column.cardCount', { count: 1 })).toBe(
      '1 recommendation',
    );
    expect(translate(englishMessages, 'en', 'column.cardCount', { count: 1200 })).toBe(
      '1,200 recommendations',
    );
    expect(translate(englishMessages, 'bn-BD', 'column.cardCount', { count: 12 })).toContain('১২');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate(englishMessages, 'en', 'card.leadActor', { actor: 'MoEWOE' })).toBe(
      'MoEWOE (lead)',
    );
    expect(translate(englishMessages, 'en', 'card.leadActor')).toBe('{actor} (lead)');
  });

  it('writes English whole numbers exactly as Intl does, without building a formatter', () => {
    const values = [0, 7, 42, 999, 1000, 1200, 10_000, 123_456, 1_234_567, 9_007_199_254_740_991];
    for (const value of [...values, ...values.map((v) => -v), 3.5, -0, 1234.56]) {
      for (const locale of ['en', 'en-GB']) {
        expect(formatNumber(locale, value), `${value} in ${locale}`).toBe(
          new Intl.NumberFormat(locale).format(value),
        );
      }
    }
  });
});
