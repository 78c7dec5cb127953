import { describe, expect, it } from 'vitest';
import { looseKey } from './loose-key';

describe('looseKey', () => {
  it('drops case, spaces and punctuation', () => {
    expect(looseKey(' Stage(s) ')).toBe('stages');
    expect(looseKey('accepted-in-part')).toBe(looseKey('Accepted in part'));
    expect(looseKey('CTiP TWG')).toBe('ctiptwg');
  });

  it('keeps Bangla vowel signs and NFC-equal spellings together', () => {
    expect(looseKey('কর্মশালা')).toBe('কর্মশালা');
    expect(looseKey('\u09AF\u09BC')).toBe(looseKey('\u09DF'));
    expect(looseKey('কর্মশালা')).not.toBe(looseKey('কমশাল'));
  });

  it('keeps a name of symbols only, so it can still be matched', () => {
    expect(looseKey(' 😀 ')).toBe('😀');
    expect(looseKey('★ ★')).not.toBe(looseKey('😀'));
    expect(looseKey('  ')).toBe('');
  });
});
