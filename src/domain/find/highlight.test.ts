import { describe, expect, it } from 'vitest';
import { highlightRanges } from './highlight';

function marked(text: string, query: string): string[] {
  return highlightRanges(text, query).map(([start, end]) => text.slice(start, end));
}

describe('highlightRanges', () => {
  it('marks the start of each word that a query word begins', () => {
    const text = 'Bring banks on board, banks first';
    expect(highlightRanges(text, 'banks')).toEqual([
      [6, 11],
      [22, 27],
    ]);
    expect(marked(text, 'bo')).toEqual(['bo']);
    expect(marked(text, 'bank')).toEqual(['bank', 'bank']);
    expect(marked(text, 'bank first')).toEqual(['bank', 'bank', 'first']);
    expect(marked(text, 'b bank')).toEqual(['B', 'bank', 'b', 'bank']);
  });

  it('marks the original accented text from an unaccented query, and the other way round', () => {
    expect(marked('La Migración segura', 'migracion')).toEqual(['Migración']);
    expect(highlightRanges('La Migración segura', 'migracion')).toEqual([[3, 12]]);
    expect(marked('La Migración segura', 'migraci')).toEqual(['Migraci']);
    expect(marked('La Migración segura', 'migracio')).toEqual(['Migració']);
    expect(marked('migracion', 'MIGRACIÓN')).toEqual(['migracion']);
  });

  it('maps offsets through a decomposed accent', () => {
    const text = 'Migracio\u0301n y mas';
    expect(highlightRanges(text, 'migracion')).toEqual([[0, 10]]);
    expect(highlightRanges(text, 'mas')).toEqual([[13, 16]]);
  });

  it('marks Bangla typed in the other encoding, in the stored offsets', () => {
    const stored = 'সহজ প্রক্রি\u09AF\u09BCা চাই';
    const [range] = highlightRanges(stored, 'প্রক্রি\u09DFা');
    expect(range).toEqual([4, 4 + 'প্রক্রি\u09AF\u09BCা'.length]);
  });

  it('never splits a Bangla conjunct or a vowel sign from its letter', () => {
    expect(marked('প্রবাসী কর্মী', 'প্রব')).toEqual(['প্রবা']);
    expect(marked('প্রবাসী কর্মী', 'ক')).toEqual(['ক']);
    // র্ম is one conjunct with its vowel sign: typing its first letter marks all of it.
    expect(marked('প্রবাসী কর্মী', 'কর')).toEqual(['কর্মী']);
  });

  it('keeps ZWJ inside the marked text that a ZWJ-free query found', () => {
    const stored = 'র\u200D\u09CD\u09AF\u09BE\u09AC সদস্য';
    expect(marked(stored, 'র\u09CD\u09AF\u09BE\u09AC')).toEqual([
      'র\u200D\u09CD\u09AF\u09BE\u09AC',
    ]);
  });

  it('merges overlapping marks and finds nothing for a blank query', () => {
    expect(marked('reintegration re', 're reintegration')).toEqual(['reintegration', 're']);
    expect(highlightRanges('anything', '  ')).toEqual([]);
    expect(highlightRanges('', 'x')).toEqual([]);
  });

  it('marks astral characters whole', () => {
    expect(highlightRanges('𝐀bc done', 'abc')).toEqual([[0, 4]]);
  });
});
