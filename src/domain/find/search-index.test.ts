import { describe, expect, it } from 'vitest';
import { cardSearchDocument } from './card-search-document';
import { createSearchIndex } from './search-index';
import { testCard } from './test-card';

const docs = [
  { id: 'banks', fields: ['Bring banks on board for reintegration loans', 'PKB'] },
  { id: 'migracion', fields: ['Migración segura y regular'] },
  { id: 'bangla', fields: ['প্রবাসী কর্মীদের জন্য প্রক্রি\u09DFা সহজ করা'] },
  { id: 'rab', fields: ['র\u200D\u09CD\u09AF\u09BE\u09AC এর সাথে সমন্বয়'] },
  { id: 'pre', fields: ['Pre-departure orientation', 'Action: train 300 trainers'] },
];

function ids(set: Set<string>): string[] {
  return [...set].sort();
}

describe('SearchIndex', () => {
  const index = createSearchIndex(docs);

  it('needs every word, each as the start of a word, in any order', () => {
    expect(ids(index.search('banks'))).toEqual(['banks']);
    expect(ids(index.search('ban'))).toEqual(['banks']);
    expect(ids(index.search('ban reint'))).toEqual(['banks']);
    expect(ids(index.search('banks reint'))).toEqual(['banks']);
    expect(ids(index.search('ban orient'))).toEqual([]);
    expect(ids(index.search('banks orientation'))).toEqual([]);
    expect(ids(index.search('board banks'))).toEqual(['banks']);
  });

  it('matches across the fields of one document, never inside a word', () => {
    expect(ids(index.search('loans pkb'))).toEqual(['banks']);
    expect(ids(index.search('anks'))).toEqual([]);
    expect(ids(index.search('departure orient'))).toEqual(['pre']);
  });

  it('ignores case and Latin diacritics both ways', () => {
    expect(ids(index.search('migracion'))).toEqual(['migracion']);
    expect(ids(index.search('MIGRACIÓN SEG'))).toEqual(['migracion']);
  });

  it('finds Bangla whichever encoding typed it', () => {
    expect(ids(index.search('প্রক্রি\u09AF\u09BCা'))).toEqual(['bangla']);
    expect(ids(index.search('প্রক্রি\u09DF'))).toEqual(['bangla']);
    expect(ids(index.search('প্রবাসী কর্মী'))).toEqual(['bangla']);
    expect(ids(index.search('প্রবাসী কর্মীদের'))).toEqual(['bangla']);
    expect(ids(index.search('কর্মী প্রবাসী'))).toEqual(['bangla']);
    expect(ids(index.search('র্মী'))).toEqual([]);
  });

  it('finds a ZWJ spelling without the ZWJ and the other way round', () => {
    expect(ids(index.search('র\u09CD\u09AF\u09BE\u09AC'))).toEqual(['rab']);
    expect(ids(index.search('র\u200D\u09CD\u09AF'))).toEqual(['rab']);
  });

  it('reads Bangla digits as ASCII ones', () => {
    expect(ids(index.search('৩০০ trainers'))).toEqual(['pre']);
  });

  it('finds nothing for a blank query', () => {
    expect(index.search('')).toEqual(new Set());
    expect(index.search(' ,; ')).toEqual(new Set());
  });

  it('is updated one document at a time', () => {
    const live = createSearchIndex(docs);
    expect(live.size).toBe(5);
    live.upsert({ id: 'banks', fields: ['Remittance fees'] });
    expect(ids(live.search('banks'))).toEqual([]);
    expect(ids(live.search('remit'))).toEqual(['banks']);
    live.upsert({ id: 'new', fields: ['Remittance apps'] });
    expect(ids(live.search('remittance'))).toEqual(['banks', 'new']);
    live.remove('banks');
    expect(ids(live.search('remittance'))).toEqual(['new']);
    expect(live.size).toBe(5);
  });

  it('narrows keystroke by keystroke, and widens again after a deletion or an edit', () => {
    const live = createSearchIndex([
      { id: 'a', fields: ['migrant workers'] },
      { id: 'b', fields: ['migration data'] },
      { id: 'c', fields: ['migrant returnees'] },
    ]);
    const typed = ['m', 'mi', 'migrant', 'migrant w', 'migrant wo', 'migrant'];
    expect(typed.map((q) => ids(live.search(q)))).toEqual([
      ['a', 'b', 'c'],
      ['a', 'b', 'c'],
      ['a', 'c'],
      ['a'],
      ['a'],
      ['a', 'c'],
    ]);
    expect(ids(live.search('migra'))).toEqual(['a', 'b', 'c']);
    live.upsert({ id: 'b', fields: ['migrant data'] });
    expect(ids(live.search('migrant'))).toEqual(['a', 'b', 'c']);
  });

  it('hands out a set the caller may change', () => {
    const found = index.search('ban');
    found.clear();
    expect(ids(index.search('bank'))).toEqual(['banks']);
  });
});

describe('cardSearchDocument', () => {
  it('covers the card and its live action items and progress notes', () => {
    const card = testCard({ text: 'Text', title: 'Title', raisedBy: 'Raised' });
    const doc = cardSearchDocument(
      card,
      [
        { text: 'Live item', deletedAt: null },
        { text: 'Deleted item', deletedAt: '2026-11-01T10:00:00.000Z' },
      ],
      [{ text: 'A note', deletedAt: null }],
    );
    expect(doc).toEqual({
      id: card.id,
      fields: ['Text', 'Title', 'Raised', 'Live item', 'A note'],
    });
  });
});
