import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type MergeRow, mergeSnapshot } from './merge-snapshot';

const T1 = '2026-01-01T00:00:00.000Z';
const T2 = '2026-02-01T00:00:00.000Z';
const T3 = '2026-03-01T00:00:00.000Z';

function card(id: string, text: string, updatedAt: string, deletedAt: string | null = null) {
  return { id, text, updatedAt, deletedAt };
}

describe('mergeSnapshot', () => {
  it('adds new rows, keeps the later version and reports the one it discards', () => {
    const local = {
      recommendations: [card('a', 'same', T1), card('b', 'mine, newer', T3), card('c', 'old', T1)],
    };
    const incoming = {
      recommendations: [
        card('a', 'same', T1),
        card('b', 'theirs', T2),
        card('c', 'new', T2),
        card('d', 'added', T1),
      ],
    };
    const result = mergeSnapshot(local, incoming);
    expect(result.merged.recommendations).toEqual([
      card('a', 'same', T1),
      card('b', 'mine, newer', T3),
      card('c', 'new', T2),
      card('d', 'added', T1),
    ]);
    expect(result.counts.recommendations).toEqual({
      added: 1,
      updated: 1,
      unchanged: 2,
      conflicts: 2,
    });
    expect(result.conflicts).toEqual([
      {
        table: 'recommendations',
        id: 'b',
        kept: card('b', 'mine, newer', T3),
        discarded: card('b', 'theirs', T2),
        discardedSide: 'incoming',
      },
      {
        table: 'recommendations',
        id: 'c',
        kept: card('c', 'new', T2),
        discarded: card('c', 'old', T1),
        discardedSide: 'local',
      },
    ]);
  });

  it('keeps a deleted row deleted even when the other side edited it later', () => {
    const deleted = card('a', 'text', T1, T1);
    const editedLater = card('a', 'text, fixed', T3);
    for (const { local, incoming } of [
      { local: [deleted], incoming: [editedLater] },
      { local: [editedLater], incoming: [deleted] },
    ]) {
      const result = mergeSnapshot({ recommendations: local }, { recommendations: incoming });
      expect(result.merged.recommendations).toEqual([deleted]);
      expect(result.conflicts.map((c) => c.discarded)).toEqual([editedLater]);
    }
  });

  it('carries tombstones of rows the other side never had', () => {
    const tombstone = card('z', 'gone', T2, T2);
    const result = mergeSnapshot({ recommendations: [] }, { recommendations: [tombstone] });
    expect(result.merged.recommendations).toEqual([tombstone]);
  });

  it('breaks an updatedAt tie the same way whichever side is local', () => {
    const x = card('a', 'x', T2);
    const y = card('a', 'y', '2026-02-01T06:00:00.000+06:00');
    expect(mergeSnapshot({ t: [x] }, { t: [y] }).merged.t).toEqual([y]);
    expect(mergeSnapshot({ t: [y] }, { t: [x] }).merged.t).toEqual([y]);
  });

  it('unions insert-only tables without comparing times', () => {
    const local = {
      activity: [
        { id: 'e1', type: 'created' },
        { id: 'e2', type: 'moved' },
      ],
    };
    const incoming = {
      activity: [
        { id: 'e2', type: 'moved' },
        { id: 'e3', type: 'archived' },
      ],
    };
    const result = mergeSnapshot(local, incoming, { insertOnly: ['activity'] });
    expect(result.merged.activity.map((row) => row.id)).toEqual(['e1', 'e2', 'e3']);
    expect(result.counts.activity).toEqual({ added: 1, updated: 0, unchanged: 2, conflicts: 0 });
  });

  it('treats rows differing only in key order as the same', () => {
    const local = { t: [{ id: 'a', updatedAt: T1, deletedAt: null, tags: { x: 1, y: 2 } }] };
    const incoming = { t: [{ tags: { y: 2, x: 1 }, deletedAt: null, updatedAt: T1, id: 'a' }] };
    expect(mergeSnapshot(local, incoming).counts.t).toEqual({
      added: 0,
      updated: 0,
      unchanged: 1,
      conflicts: 0,
    });
  });
});

describe('mergeSnapshot properties', () => {
  const instants = ['2026-01-01T00:00:00.000Z', '2026-01-01T06:00:00.000+06:00', T2, 'not a date'];
  const row = fc.record({
    id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
    updatedAt: fc.constantFrom(...instants),
    deletedAt: fc.option(fc.constantFrom(T1, T3), { freq: 3 }),
    text: fc.constantFrom('x', 'y', 'ক'),
    nested: fc.constantFrom({ p: 1, q: [1] }, { q: [1], p: 1 }, { p: 2 }),
  });
  const history = fc.record({
    id: fc.constantFrom('h1', 'h2', 'h3'),
    note: fc.constantFrom('n', 'm'),
  });
  const tables = fc.record({
    cards: fc.uniqueArray(row, { selector: (r) => r.id }),
    columns: fc.uniqueArray(row, { selector: (r) => r.id }),
    activity: fc.uniqueArray(history, { selector: (r) => r.id }),
  });
  type Tables = { cards: MergeRow[]; columns: MergeRow[]; activity: MergeRow[] };
  const merge = (a: Tables, b: Tables) => mergeSnapshot(a, b, { insertOnly: ['activity'] });
  const sorted = (t: Tables) => ({
    cards: [...t.cards].sort((x, y) => x.id.localeCompare(y.id)),
    columns: [...t.columns].sort((x, y) => x.id.localeCompare(y.id)),
    activity: [...t.activity].sort((x, y) => x.id.localeCompare(y.id)),
  });

  it('is commutative', () => {
    fc.assert(
      fc.property(tables, tables, (a, b) => {
        expect(merge(a, b).merged).toEqual(merge(b, a).merged);
      }),
      { numRuns: 500 },
    );
  });

  it('loses no id from either side', () => {
    fc.assert(
      fc.property(tables, tables, (a, b) => {
        const { merged } = merge(a, b);
        for (const table of ['cards', 'columns', 'activity'] as const) {
          const ids = new Set([...a[table], ...b[table]].map((r) => r.id));
          expect(merged[table].map((r) => r.id)).toEqual([...ids].sort());
        }
      }),
    );
  });

  it('changes nothing when a board is merged with itself', () => {
    fc.assert(
      fc.property(tables, (a) => {
        const result = merge(a, a);
        expect(result.merged).toEqual(sorted(a));
        expect(result.conflicts).toEqual([]);
        expect(result.counts.cards).toEqual({
          added: 0,
          updated: 0,
          unchanged: a.cards.length,
          conflicts: 0,
        });
      }),
    );
  });

  it('is idempotent: merging the same file again changes nothing', () => {
    fc.assert(
      fc.property(tables, tables, (a, b) => {
        const once = merge(a, b).merged;
        const twice = merge(once, b);
        expect(twice.merged).toEqual(once);
        expect(Object.values(twice.counts).map((c) => c.added + c.updated)).toEqual([0, 0, 0]);
      }),
      { numRuns: 500 },
    );
  });

  it('is associative, so three boards merge to one result in any order', () => {
    fc.assert(
      fc.property(tables, tables, tables, (a, b, c) => {
        expect(merge(merge(a, b).merged, c).merged).toEqual(merge(a, merge(b, c).merged).merged);
      }),
      { numRuns: 300 },
    );
  });
});
