import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withChanges } from './layered-map';

type Changes = [string, number | undefined][];

const keyArbitrary = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'.split(''));
const changesArbitrary = fc.array(
  fc.tuple(keyArbitrary, fc.option(fc.integer(), { nil: undefined })),
  { maxLength: 12 },
);

/** What a Map copied and changed would hold: the reference withChanges must agree with. */
function copiedAndChanged(map: ReadonlyMap<string, number>, changes: Changes) {
  const copy = new Map(map);
  for (const [key, value] of new Map(changes)) {
    if (value === undefined) copy.delete(key);
    else copy.set(key, value);
  }
  return copy;
}

describe('a map with a few keys changed, made without copying it', () => {
  it('answers as a copied and changed Map would, change after change, leaving each map as it was', () => {
    fc.assert(
      fc.property(fc.array(changesArbitrary, { maxLength: 40 }), (steps) => {
        let layered: ReadonlyMap<string, number> = new Map([['a', 1]]);
        let expected = new Map([['a', 1]]);
        for (const changes of steps) {
          const before = [...layered];
          const next = withChanges(layered, new Map(changes));
          expected = copiedAndChanged(expected, changes);
          expect([...layered]).toEqual(before);
          layered = next;
          expect(layered.size).toBe(expected.size);
          expect(new Map(layered)).toEqual(expected);
          for (const key of 'abcdefghijklmnopqrstuvwxyz') {
            expect(layered.get(key)).toBe(expected.get(key));
            expect(layered.has(key)).toBe(expected.has(key));
          }
          expect([...layered.keys()].sort()).toEqual([...expected.keys()].sort());
          expect([...layered.values()].sort()).toEqual([...expected.values()].sort());
        }
      }),
    );
  });

  it('keeps the base order, changed values in place, and adds new keys at the end', () => {
    const base = new Map([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
    const changed = withChanges(
      base,
      new Map<string, number | undefined>([
        ['d', 4],
        ['b', 20],
        ['a', undefined],
      ]),
    );
    expect([...changed]).toEqual([
      ['b', 20],
      ['c', 3],
      ['d', 4],
    ]);
    const seen: string[] = [];
    changed.forEach((value, key, map) => {
      seen.push(`${key}=${value}`);
      expect(map).toBe(changed);
    });
    expect(seen).toEqual(['b=20', 'c=3', 'd=4']);
  });

  it('does not copy the base for a few changes, and copies the changes in once they pile up', () => {
    const base = new Map(Array.from({ length: 1000 }, (_, index) => [`k${index}`, index]));
    let map: ReadonlyMap<string, number> = base;
    map = withChanges(map, new Map([['k1', -1]]));
    expect(map).not.toBeInstanceOf(Map);
    let changes = 1;
    while (!(map instanceof Map) && changes < 1000) {
      map = withChanges(map, new Map([[`new${changes}`, changes]]));
      changes += 1;
    }
    // Past an eighth of the base (125 of 1,000), the changes are copied in: a Map of its own.
    expect(changes).toBe(126);
    expect(map.size).toBe(1125);
    expect(map.get('k1')).toBe(-1);
    expect(base.get('k1')).toBe(1);
  });
});
