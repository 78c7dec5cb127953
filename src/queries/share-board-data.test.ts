import { describe, expect, it } from 'vitest';
import type { Recommendation } from '../domain/recommendation';
import type { BoardData } from './read-board-data';
import { markPatched, shareActionProgress, shareBoardData } from './share-board-data';

const card = (id: string, updatedAt: string) =>
  ({
    id,
    updatedAt,
    rank: 'a0',
    columnId: 'c',
    archivedAt: null,
    deletedAt: null,
  }) as Recommendation;
const board = (cards: Recommendation[]): BoardData => ({
  flowColumns: [],
  closedColumns: [],
  cardIdsByColumn: { c: cards.map((c) => c.id) },
  cardsById: new Map(cards.map((c) => [c.id, c])),
  cardCountByColumn: { c: cards.length },
  complete: true,
  workshopsById: new Map(),
});

describe('shareBoardData', () => {
  it('keeps unchanged action progress as the same objects', () => {
    const before = new Map([
      ['x', { done: 1, total: 2 }],
      ['y', { done: 0, total: 1 }],
    ]);
    const after = shareActionProgress(
      before,
      new Map([
        ['x', { done: 1, total: 2 }],
        ['y', { done: 1, total: 1 }],
      ]),
    );
    expect(after.get('x')).toBe(before.get('x'));
    expect(after.get('y')).toEqual({ done: 1, total: 1 });
  });

  it('keeps unchanged cards and orders as the same objects', () => {
    const before = board([card('x', 't1'), card('y', 't1')]);
    const after = shareBoardData(before, board([card('x', 't1'), card('y', 't2')]));
    expect(after.cardsById.get('x')).toBe(before.cardsById.get('x'));
    expect(after.cardsById.get('y')).not.toBe(before.cardsById.get('y'));
    expect(after.cardIdsByColumn.c).toBe(before.cardIdsByColumn.c);
  });

  it('takes a board patched from the cached one as it is, without a pass over its cards', () => {
    const before = board([card('x', 't1')]);
    // The same card in a new object: sharing would swap the old one back in.
    const patched = markPatched(board([card('x', 't1')]));
    const after = shareBoardData(before, patched);
    expect(after).toBe(patched);
    expect(after.cardsById.get('x')).not.toBe(before.cardsById.get('x'));
  });

  it('takes the new data when there is nothing to share with', () => {
    const next = board([card('x', 't1')]);
    expect(shareBoardData(undefined, next)).toBe(next);
  });
});
