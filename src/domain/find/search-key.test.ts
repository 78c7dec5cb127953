import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyWithOffsets } from './key-offsets';
import { isBlankQuery, keyWords, searchKey, searchWords } from './search-key';

const YA_ONE_POINT = '\u09DF'; // য়
const YA_WITH_NUKTA = '\u09AF\u09BC'; // য + ়
const RAB_WITH_ZWJ = '\u09B0\u200D\u09CD\u09AF\u09BE\u09AC'; // র‍্যাব

describe('searchKey', () => {
  it('ignores case and Latin diacritics', () => {
    expect(searchKey('Migración')).toBe('migracion');
    expect(searchKey('MIGRACIÓN')).toBe('migracion');
    expect(searchKey('Migracio\u0301n')).toBe('migracion');
    expect(searchKey('Ça İstanbul ŒUVRE')).toBe('ca istanbul œuvre');
  });

  it('gives both encodings of য় the same key', () => {
    expect(searchKey(`প্রক্রি${YA_ONE_POINT}া`)).toBe(searchKey(`প্রক্রি${YA_WITH_NUKTA}া`));
    expect(searchKey('\u09CB')).toBe(searchKey('\u09C7\u09BE')); // ো and ে + া
  });

  it('keeps Bangla vowel signs, nukta and virama', () => {
    const key = searchKey('প্রবাসী কর্মী');
    expect(key).toContain('\u09CD'); // virama
    expect(key).toContain('\u09BE'); // া
    expect(key).toContain('\u09C0'); // ী
    expect(searchKey(YA_ONE_POINT)).toBe(YA_WITH_NUKTA);
    expect(searchKey('কি')).not.toBe(searchKey('ক'));
  });

  it('drops ZWJ and ZWNJ from the key only', () => {
    const stored = RAB_WITH_ZWJ;
    expect(searchKey(stored)).toBe('\u09B0\u09CD\u09AF\u09BE\u09AC');
    expect(searchKey('ক\u200Cষ')).toBe(searchKey('কষ'));
    expect(stored).toContain('\u200D');
  });

  it('reads khanda-ta in its legacy encoding as khanda-ta', () => {
    expect(searchKey('উৎস')).toBe(searchKey('উত\u09CD\u200Dস'));
  });

  it('does not strip a combining accent from a Bangla letter', () => {
    expect(searchKey('ক\u0301')).toBe('ক\u0301');
    expect(searchKey('e\u0301\u0323')).toBe('e');
  });

  it('reads Bangla digits as ASCII digits', () => {
    expect(searchKey('৮.৭')).toBe('8.7');
    expect(searchKey('২০২৬')).toBe(searchKey('2026'));
  });

  it('folds compatibility forms', () => {
    expect(searchKey('ﬁnance ＩＯＭ')).toBe('finance iom');
  });
});

describe('searchWords', () => {
  it('splits on spaces and punctuation, keeping marks inside words', () => {
    expect(searchWords('Pre-departure, orientation!')).toEqual(['pre', 'departure', 'orientation']);
    expect(searchWords('প্রবাসী কর্মীদের।')).toEqual([searchKey('প্রবাসী'), searchKey('কর্মীদের')]);
  });

  it('finds no word in a blank query', () => {
    expect(isBlankQuery('  \u200D , ')).toBe(true);
    expect(isBlankQuery(' a ')).toBe(false);
  });
});

describe('keyWithOffsets', () => {
  const pieces = [
    'a',
    'E',
    'o',
    ' ',
    '-',
    '\u0301',
    '\u0323',
    'é',
    'İ',
    'ß',
    'Σ',
    'ক',
    'ষ',
    'য',
    '\u09DF',
    '\u09BC',
    '\u09CD',
    '\u09BE',
    '\u09C7',
    '\u09CB',
    '\u09CE',
    '৭',
    '\u200C',
    '\u200D',
    'ﬁ',
    '😀',
    '가',
    '\u1100',
    '\u1161',
  ];
  const mixed = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(''));

  it('builds the same key as searchKey, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(mixed, fc.string({ unit: 'binary' })), (text) => {
        expect(keyWithOffsets(text).key).toBe(searchKey(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('maps every key unit to a whole piece of the original text', () => {
    const text = 'Migración প্রবাসী';
    const { key, starts, ends } = keyWithOffsets(text);
    expect(key).toBe(searchKey(text));
    const at = (unit: number) => text.slice(starts[unit], ends[unit]);
    expect(at(key.indexOf('o'))).toBe('ó');
    expect(at(key.indexOf('\u09AA'))).toBe('প্র'); // a conjunct stays whole
    expect(at(key.indexOf('\u09AC'))).toBe('বা');
  });
});

describe('keyWords', () => {
  it('splits exactly where letters, digits and marks end', () => {
    const oracle = (key: string) => key.match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc
        .array(fc.constantFrom('a', 'É', ' ', '-', '\u09CD', 'ক', '৭', '😀', '𝐀', '\uD800', '’'), {
          maxLength: 30,
        })
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, (key) => {
        expect(keyWords(key)).toEqual(oracle(key));
      }),
      { numRuns: 2000 },
    );
  });
});
