import { describe, expect, it } from 'vitest';
import { englishMessages } from './messages';
import { translate } from './translate';

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
});
