import { describe, expect, it } from 'vitest';
import { computeDashboard } from './dashboard';
import { fixtureInput, SINCE } from './fixtures/fixture-journal';
import { packCardIds, unpackCardIds } from './packed-card-ids';

describe('packCardIds', () => {
  const input = fixtureInput();
  const ids = input.cards.map((card) => card.id);
  const indexOf = new Map(ids.map((id, index) => [id, index]));

  it('gives back the whole dashboard after a worker-like copy', () => {
    const dashboard = computeDashboard(input, { since: SINCE });
    const packed = packCardIds(dashboard, indexOf);
    expect(unpackCardIds(structuredClone(packed), ids)).toEqual(dashboard);
  });

  it('sends the lists as indexes, not strings', () => {
    const packed = packCardIds({ total: { count: 2, cardIds: [ids[1], ids[0]] } }, indexOf);
    const copy = structuredClone(packed) as unknown as { total: { cardIds: unknown } };
    expect(copy.total.cardIds).toEqual(new Uint32Array([1, 0]));
  });

  it('keeps a list naming a card it does not know as strings, and leaves its input alone', () => {
    const value = { rows: [{ cardIds: [ids[0], 'gone'] }, { cardIds: [ids[2]] }] };
    const packed = packCardIds(value, indexOf) as unknown as typeof value;
    expect(packed.rows[0]?.cardIds).toEqual([ids[0], 'gone']);
    expect(packed.rows[1]?.cardIds).toEqual(new Uint32Array([2]));
    expect(value.rows[1]?.cardIds).toEqual([ids[2]]);
  });

  it('refuses an index past the cards it is given, when the list is read', () => {
    const packed = packCardIds({ cardIds: [ids[3]] }, indexOf);
    const unpacked = unpackCardIds(packed, ids.slice(0, 2));
    expect(() => unpacked.cardIds).toThrow('No card at index 3 of 2');
  });

  it('makes a list of ids once, when it is first read', () => {
    const unpacked = unpackCardIds(packCardIds({ cardIds: [ids[1]] }, indexOf), ids);
    const first = unpacked.cardIds;
    expect(first).toEqual([ids[1]]);
    expect(unpacked.cardIds).toBe(first);
  });
});
