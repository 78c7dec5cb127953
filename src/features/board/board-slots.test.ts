import { describe, expect, it } from 'vitest';
import type { Column } from '../../domain/column';
import type { Lane } from '../../domain/find/lanes';
import { boardSlots } from './board-slots';

const columns = [{ id: 'c1' }, { id: 'c2' }] as Column[];
const lane = (key: string, cardIdsByColumn: Record<string, string[]>) =>
  ({ key, cardIdsByColumn, count: 0 }) as unknown as Lane;

describe('boardSlots', () => {
  it("names each card by its lane, and keeps an unchanged column's slots as they were", () => {
    const first = ['a', 'b'];
    const second = ['c'];
    const before = boardSlots([lane('all', { c1: first, c2: second })], columns);
    expect(before).toEqual({ 'all|c1': ['all|a', 'all|b'], 'all|c2': ['all|c'] });

    // A move out of c1: c1 gets a new list, c2 keeps its own.
    const after = boardSlots([lane('all', { c1: ['b'], c2: second })], columns);
    expect(after['all|c1']).toEqual(['all|b']);
    expect(after['all|c2']).toBe(before['all|c2']);
  });

  it('makes other slots for the same cards in another lane', () => {
    const ids = ['a'];
    const slots = boardSlots([lane('return', { c1: ids }), lane('none', { c1: ids })], columns);
    expect(slots['return|c1']).toEqual(['return|a']);
    expect(slots['none|c1']).toEqual(['none|a']);
    expect(slots['none|c2']).toEqual([]);
  });
});
