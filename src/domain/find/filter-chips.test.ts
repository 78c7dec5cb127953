import { describe, expect, it } from 'vitest';
import { type BoardFilter, BoardFilterSchema, emptyFilter } from './board-filter';
import { countActive, filterChips, isEmptyFilter, removeChip } from './filter-chips';

const WORKSHOP = '01900000-0000-7000-8000-00000000aa01';
const full: BoardFilter = BoardFilterSchema.parse({
  workshopIds: [WORKSHOP],
  stageIds: ['return', 'transit'],
  actorIds: ['iom'],
  actorRole: 'lead',
  responses: ['accepted'],
  priorities: ['none'],
  labels: ['ঋণ'],
  dueStates: ['overdue'],
  gcmObjectives: [21],
  sdgTargets: ['10.7'],
  notActionable: true,
  query: 'banks',
});

describe('filterChips', () => {
  it('lists every active value, kind by kind', () => {
    expect(filterChips(full)).toEqual([
      { kind: 'workshop', value: WORKSHOP },
      { kind: 'stage', value: 'return' },
      { kind: 'stage', value: 'transit' },
      { kind: 'actor', value: 'iom', role: 'lead' },
      { kind: 'response', value: 'accepted' },
      { kind: 'priority', value: 'none' },
      { kind: 'label', value: 'ঋণ' },
      { kind: 'due', value: 'overdue' },
      { kind: 'gcm', value: 21 },
      { kind: 'sdg', value: '10.7' },
      { kind: 'not_actionable', value: true },
      { kind: 'query', value: 'banks' },
    ]);
    expect(countActive(full)).toBe(12);
    expect(isEmptyFilter(full)).toBe(false);
  });

  it('counts neither a lone role nor a query without words', () => {
    const f = BoardFilterSchema.parse({ actorRole: 'lead', query: '  \u200D ' });
    expect(filterChips(f)).toEqual([]);
    expect(countActive(f)).toBe(0);
    expect(isEmptyFilter(f)).toBe(true);
    expect(isEmptyFilter(emptyFilter())).toBe(true);
  });
});

describe('removeChip', () => {
  it('removes one value and keeps the rest', () => {
    const after = removeChip(full, { kind: 'stage', value: 'return' });
    expect(after.stageIds).toEqual(['transit']);
    expect(countActive(after)).toBe(11);
    expect({ ...after, stageIds: full.stageIds }).toEqual(full);
  });

  it('removes every chip one by one down to the empty filter', () => {
    let f = full;
    for (const chip of filterChips(full)) f = removeChip(f, chip);
    expect(f).toEqual(emptyFilter());
  });

  it('resets the role with the last actor', () => {
    const two = { ...full, actorIds: ['iom', 'ilo'] };
    const one = removeChip(two, { kind: 'actor', value: 'iom', role: 'lead' });
    expect(one.actorRole).toBe('lead');
    const none = removeChip(one, { kind: 'actor', value: 'ilo', role: 'lead' });
    expect(none.actorIds).toEqual([]);
    expect(none.actorRole).toBe('any');
  });

  it('does not change the filter it was given', () => {
    const copy = structuredClone(full);
    removeChip(full, { kind: 'gcm', value: 21 });
    expect(full).toEqual(copy);
  });
});
