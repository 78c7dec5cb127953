import { describe, expect, it } from 'vitest';
import type { Recommendation } from '../recommendation';
import { type CardSort, type SortContext, sortCards } from './sort';
import { testCard } from './test-card';

const asc = (key: CardSort['key']): CardSort => ({ key, direction: 'asc' });
const desc = (key: CardSort['key']): CardSort => ({ key, direction: 'desc' });
const en: SortContext = { locale: 'en' };

function titles(cards: readonly Recommendation[]): string[] {
  return cards.map((card) => card.title);
}

describe('sortCards', () => {
  it('sorts titles as people read them, numbers in numeric order', () => {
    const cards = ['item 10', 'Banks', 'item 9', 'apps'].map((title) => testCard({ title }));
    expect(titles(sortCards(cards, asc('title'), en))).toEqual([
      'apps',
      'Banks',
      'item 9',
      'item 10',
    ]);
    expect(titles(sortCards(cards, desc('title'), en))).toEqual([
      'item 10',
      'item 9',
      'Banks',
      'apps',
    ]);
  });

  it('sorts Bangla in Bangla alphabetical order with the bn locale', () => {
    const cards = ['থাকা', 'ং', 'উৎসব', 'অভিবাসন', 'তথ্য'].map((title) => testCard({ title }));
    expect(titles(sortCards(cards, asc('title'), { locale: 'bn' }))).toEqual([
      'অভিবাসন',
      'উৎসব',
      'ং',
      'তথ্য',
      'থাকা',
    ]);
    // English order puts the anusvara first: the locale is really used.
    expect(titles(sortCards(cards, asc('title'), en))[0]).toBe('ং');
  });

  it('compares NFC text, whatever encoding a title came in', () => {
    const composed = testCard({ title: 'e\u0301b' });
    const other = testCard({ title: 'éa' });
    expect(sortCards([composed, other], asc('title'), en)).toEqual([other, composed]);
  });

  it('falls back to the text when a card has no title', () => {
    const untitled = testCard({ title: '', text: 'Zebra crossing' });
    const titled = testCard({ title: 'Alpha' });
    expect(sortCards([untitled, titled], asc('title'), en)).toEqual([titled, untitled]);
  });

  it('is stable for equal values, in both directions', () => {
    const cards = ['a', 'b', 'c'].map((title) => testCard({ title, priority: 'high' }));
    expect(titles(sortCards(cards, asc('priority'), en))).toEqual(['a', 'b', 'c']);
    expect(titles(sortCards(cards, desc('priority'), en))).toEqual(['a', 'b', 'c']);
  });

  it('sorts priority high to low ascending, cards without one last both ways', () => {
    const cards = [
      testCard({ title: 'none', priority: null }),
      testCard({ title: 'low', priority: 'low' }),
      testCard({ title: 'high', priority: 'high' }),
      testCard({ title: 'medium', priority: 'medium' }),
    ];
    expect(titles(sortCards(cards, asc('priority'), en))).toEqual([
      'high',
      'medium',
      'low',
      'none',
    ]);
    expect(titles(sortCards(cards, desc('priority'), en))).toEqual([
      'low',
      'medium',
      'high',
      'none',
    ]);
  });

  it('sorts due dates by date, cards without one last both ways', () => {
    const cards = [
      testCard({ title: 'none', dueDate: null }),
      testCard({ title: 'dec', dueDate: '2026-12-01' }),
      testCard({ title: 'feb', dueDate: '2026-02-01' }),
    ];
    expect(titles(sortCards(cards, asc('dueDate'), en))).toEqual(['feb', 'dec', 'none']);
    expect(titles(sortCards(cards, desc('dueDate'), en))).toEqual(['dec', 'feb', 'none']);
  });

  it('sorts responses as RESPONSES lists them, columns in board order', () => {
    const c1 = '01900000-0000-7000-8000-0000000000c1';
    const c2 = '01900000-0000-7000-8000-0000000000c2';
    const cards = [
      testCard({ title: 'noted', response: 'noted', columnId: c1 }),
      testCard({ title: 'accepted', response: 'accepted', columnId: c2 }),
      testCard({ title: 'awaiting', response: 'awaiting', columnId: c1 }),
    ];
    expect(titles(sortCards(cards, asc('response'), en))).toEqual([
      'awaiting',
      'accepted',
      'noted',
    ]);
    const byColumn = sortCards(cards, asc('column'), { locale: 'en', columnOrder: [c2, c1] });
    expect(titles(byColumn)).toEqual(['accepted', 'noted', 'awaiting']);
  });

  it('sorts workshops by date then title, unknown ones last', () => {
    const w1 = '01900000-0000-7000-8000-00000000aa01';
    const w2 = '01900000-0000-7000-8000-00000000aa02';
    const w3 = '01900000-0000-7000-8000-00000000aa03';
    const workshops = new Map([
      [w1, { title: 'Zeta', date: '2025-01-10' }],
      [w2, { title: 'Alpha', date: '2025-01-10' }],
      [w3, { title: 'Early', date: '2024-05-01' }],
    ]);
    const cards = [
      testCard({ title: 'none', workshopId: null }),
      testCard({ title: 'w1', workshopId: w1 }),
      testCard({ title: 'w2', workshopId: w2 }),
      testCard({ title: 'w3', workshopId: w3 }),
    ];
    const context = { locale: 'en', workshops };
    expect(titles(sortCards(cards, asc('workshop'), context))).toEqual(['w3', 'w2', 'w1', 'none']);
    expect(titles(sortCards(cards, desc('workshop'), context))).toEqual(['w1', 'w2', 'w3', 'none']);
  });

  it('sorts lead actors by the label they show', () => {
    const cards = [
      testCard({ title: 'iom', leadActorId: 'iom', actorIds: ['iom'] }),
      testCard({ title: 'none' }),
      testCard({ title: 'bmet', leadActorId: 'bmet', actorIds: ['bmet'] }),
    ];
    const actorLabels = new Map([
      ['iom', 'IOM'],
      ['bmet', 'BMET'],
    ]);
    const sorted = sortCards(cards, asc('leadActor'), { locale: 'en', actorLabels });
    expect(titles(sorted)).toEqual(['bmet', 'iom', 'none']);
  });

  it('sorts by last change as instants, whatever their offset', () => {
    const cards = [
      testCard({ title: 'later', updatedAt: '2026-11-22T10:00:00+06:00' }),
      testCard({ title: 'earlier', updatedAt: '2026-11-22T05:00:00Z' }),
    ];
    expect(titles(sortCards(cards, asc('updatedAt'), en))).toEqual(['later', 'earlier']);
  });

  it('leaves the given array as it was', () => {
    const cards = [testCard({ title: 'b' }), testCard({ title: 'a' })];
    sortCards(cards, asc('title'), en);
    expect(titles(cards)).toEqual(['b', 'a']);
  });
});
