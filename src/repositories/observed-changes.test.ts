import { RangeSet } from 'dexie';
import { describe, expect, it } from 'vitest';
import { observedChanges } from './observed-changes';

describe('what a change event names', () => {
  it('lists the keys each table changed, as Dexie sends them to other tabs', () => {
    const cards = new RangeSet().addKeys(['b', 'a', 'c']);
    // Sent to another tab, the set loses its class: a plain tree is all that arrives.
    const parts = structuredClone({
      'idb://recboard/recommendations/': cards,
      'idb://recboard/journal/': new RangeSet().addKey('entry-1'),
      'idb://recboard/recommendations/[columnId+rank]': new RangeSet().addKey(['c1', 'a0']),
    });
    const changes = observedChanges('recboard', parts);
    expect([...(changes?.tables.recommendations ?? [])].sort()).toEqual(['a', 'b', 'c']);
    expect(changes?.journalIds).toEqual(['entry-1']);
    expect(changes?.tables.columns).toBeUndefined();
  });

  it("says 'all' when a write touched a range, and nothing for another database", () => {
    const parts = { 'idb://recboard/actionItems/': new RangeSet('a', 'z') };
    expect(observedChanges('recboard', parts)?.tables.actionItems).toBe('all');
    expect(observedChanges('other', parts)).toBeNull();
  });

  it('says nothing of a write that changed nothing the board shows', () => {
    const copies = { 'idb://recboard/journalDigestCopies/': new RangeSet().addKey('board-1') };
    expect(observedChanges('recboard', copies)).toBeNull();
    const settings = { 'idb://recboard/deviceMeta/': new RangeSet().addKey('locale') };
    expect(observedChanges('recboard', settings)).toBeNull();
  });
});
