import { describe, expect, it } from 'vitest';
import { compareRanks, placeAt, rankBetween, sortByRank } from './ordering';

describe('rank keys', () => {
  it('puts a key strictly between its neighbours', () => {
    const a = rankBetween(null, null);
    const b = rankBetween(a, null);
    const mid = rankBetween(a, b);
    expect(compareRanks(a, mid)).toBe(-1);
    expect(compareRanks(mid, b)).toBe(-1);
  });

  it('never collides when many cards are moved into the same gap', () => {
    const low = rankBetween(null, null);
    let high = rankBetween(low, null);
    const seen = new Set([low, high]);
    for (let i = 0; i < 500; i += 1) {
      const key = rankBetween(low, high);
      expect(seen.has(key)).toBe(false);
      expect(low < key && key < high).toBe(true);
      seen.add(key);
      high = key;
    }
  });

  it('places at the top, middle and bottom of a column', () => {
    const siblings = ['a0', 'a1', 'a2'].map((rank, i) => ({ id: `id${i}`, rank }));
    const top = placeAt(siblings, 0);
    const middle = placeAt(siblings, 2);
    const bottom = placeAt(siblings, 3);
    expect(top.rank < 'a0').toBe(true);
    expect('a1' < middle.rank && middle.rank < 'a2').toBe(true);
    expect(bottom.rank > 'a2').toBe(true);
    expect([top, middle, bottom].every((p) => p.rekeyed.length === 0)).toBe(true);
  });

  it('re-keys the column when two neighbours share a rank (written by two devices)', () => {
    const siblings = [
      { id: 'x', rank: 'a0' },
      { id: 'y', rank: 'a1' },
      { id: 'z', rank: 'a1' },
    ];
    const placement = placeAt(siblings, 2);
    const order = sortByRank([...placement.rekeyed, { id: 'moved', rank: placement.rank }]).map(
      (item) => item.id,
    );
    expect(order).toEqual(['x', 'y', 'moved', 'z']);
    expect(new Set([...placement.rekeyed.map((r) => r.rank), placement.rank]).size).toBe(4);
  });
});
