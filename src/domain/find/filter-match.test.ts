import { describe, expect, it } from 'vitest';
import { type BoardFilter, BoardFilterSchema, emptyFilter } from './board-filter';
import { type FilterContext, matchesFilter } from './filter-match';
import { testCard } from './test-card';

const WORKSHOP_A = '01900000-0000-7000-8000-00000000aa01';
const WORKSHOP_B = '01900000-0000-7000-8000-00000000aa02';
const TODAY = '2026-11-22';
const context: FilterContext = {
  today: TODAY,
  columnKind: 'open',
  actionItemCount: 1,
  searchHits: new Set(),
};

function filter(fields: Partial<BoardFilter>): BoardFilter {
  return BoardFilterSchema.parse(fields);
}

describe('BoardFilterSchema', () => {
  it('defaults every field to no filter', () => {
    expect(emptyFilter()).toEqual({
      workshopIds: [],
      stageIds: [],
      actorIds: [],
      actorRole: 'any',
      responses: [],
      priorities: [],
      labels: [],
      dueStates: [],
      gcmObjectives: [],
      sdgTargets: [],
      notActionable: false,
      query: '',
      cardIds: [],
    });
  });

  it('holds each value once', () => {
    const parsed = filter({ stageIds: ['return', 'transit', 'return'], labels: ['e\u0301', 'é'] });
    expect(parsed.stageIds).toEqual(['return', 'transit']);
    expect(parsed.labels).toEqual(['é']);
  });

  it('refuses values outside the vocabularies', () => {
    expect(BoardFilterSchema.safeParse({ stageIds: ['moon'] }).success).toBe(false);
    expect(BoardFilterSchema.safeParse({ gcmObjectives: [24] }).success).toBe(false);
    expect(BoardFilterSchema.safeParse({ priorities: ['urgent'] }).success).toBe(false);
    expect(BoardFilterSchema.safeParse({ workshopIds: ['not-a-uuid'] }).success).toBe(false);
    expect(BoardFilterSchema.safeParse({ query: 'a\uD800' }).success).toBe(false);
  });
});

describe('matchesFilter', () => {
  it('lets every card through the empty filter', () => {
    expect(matchesFilter(testCard(), emptyFilter(), context)).toBe(true);
  });

  it('ORs values within one kind', () => {
    const f = filter({ stageIds: ['return', 'transit'] });
    expect(matchesFilter(testCard({ stageIds: ['return'] }), f, context)).toBe(true);
    expect(matchesFilter(testCard({ stageIds: ['transit', 'destination'] }), f, context)).toBe(
      true,
    );
    expect(matchesFilter(testCard({ stageIds: ['destination'] }), f, context)).toBe(false);
    expect(matchesFilter(testCard({ stageIds: [] }), f, context)).toBe(false);
  });

  it('lets only the named cards through a list of cards, with the other kinds', () => {
    const named = testCard({ stageIds: ['return'] });
    const other = testCard({ stageIds: ['return'] });
    const f = filter({ cardIds: [named.id] });
    expect(matchesFilter(named, f, context)).toBe(true);
    expect(matchesFilter(other, f, context)).toBe(false);
    const narrower = filter({ cardIds: [named.id, other.id], stageIds: ['transit'] });
    expect(matchesFilter(named, narrower, context)).toBe(false);
  });

  it('ANDs the kinds', () => {
    const f = filter({ stageIds: ['return'], responses: ['accepted', 'noted'] });
    const both = testCard({ stageIds: ['return'], response: 'noted' });
    expect(matchesFilter(both, f, context)).toBe(true);
    expect(matchesFilter({ ...both, response: 'awaiting' }, f, context)).toBe(false);
    expect(matchesFilter({ ...both, stageIds: ['transit'] }, f, context)).toBe(false);
  });

  it('matches workshops, labels, objectives and targets', () => {
    const card = testCard({
      workshopId: WORKSHOP_A,
      labels: ['bank', 'ঋণ'],
      gcmObjectives: [21],
      sdgTargets: ['10.c'],
    });
    expect(matchesFilter(card, filter({ workshopIds: [WORKSHOP_B, WORKSHOP_A] }), context)).toBe(
      true,
    );
    expect(matchesFilter(card, filter({ workshopIds: [WORKSHOP_B] }), context)).toBe(false);
    expect(matchesFilter(card, filter({ labels: ['ঋণ'] }), context)).toBe(true);
    expect(matchesFilter(card, filter({ labels: ['Bank'] }), context)).toBe(false);
    expect(matchesFilter(card, filter({ gcmObjectives: [6, 21] }), context)).toBe(true);
    expect(matchesFilter(card, filter({ gcmObjectives: [6] }), context)).toBe(false);
    expect(matchesFilter(card, filter({ sdgTargets: ['10.c'] }), context)).toBe(true);
    expect(matchesFilter(card, filter({ sdgTargets: ['8.7'] }), context)).toBe(false);
  });

  it('picks cards without a priority with "none"', () => {
    const f = filter({ priorities: ['high', 'none'] });
    expect(matchesFilter(testCard({ priority: null }), f, context)).toBe(true);
    expect(matchesFilter(testCard({ priority: 'high' }), f, context)).toBe(true);
    expect(matchesFilter(testCard({ priority: 'low' }), f, context)).toBe(false);
  });

  describe('actors', () => {
    const led = testCard({ actorIds: ['iom', 'bmet'], leadActorId: 'bmet' });
    const helped = testCard({ actorIds: ['iom', 'bmet'], leadActorId: 'iom' });

    it('picks any responsible actor by default', () => {
      const f = filter({ actorIds: ['bmet'] });
      expect(matchesFilter(led, f, context)).toBe(true);
      expect(matchesFilter(helped, f, context)).toBe(true);
      expect(matchesFilter(testCard({ actorIds: ['ilo'] }), f, context)).toBe(false);
    });

    it('picks only the lead with the lead role', () => {
      const f = filter({ actorIds: ['bmet'], actorRole: 'lead' });
      expect(matchesFilter(led, f, context)).toBe(true);
      expect(matchesFilter(helped, f, context)).toBe(false);
      const either = filter({ actorIds: ['ilo', 'iom'], actorRole: 'lead' });
      expect(matchesFilter(helped, either, context)).toBe(true);
      expect(matchesFilter(led, either, context)).toBe(false);
    });

    it('filters nothing with a role and no actor', () => {
      const f = filter({ actorRole: 'lead' });
      expect(matchesFilter(testCard(), f, context)).toBe(true);
    });
  });

  describe('due states', () => {
    const dueIn = (days: number) => {
      const date = new Date(Date.parse(`${TODAY}T00:00:00Z`) + days * 86_400_000);
      return testCard({ dueDate: date.toISOString().slice(0, 10) });
    };
    const soon = filter({ dueStates: ['due_soon'] });
    const overdue = filter({ dueStates: ['overdue'] });

    it('counts today and the 30th day as due soon, not the 31st', () => {
      expect(matchesFilter(dueIn(0), soon, context)).toBe(true);
      expect(matchesFilter(dueIn(30), soon, context)).toBe(true);
      expect(matchesFilter(dueIn(31), soon, context)).toBe(false);
      expect(matchesFilter(dueIn(-1), soon, context)).toBe(false);
    });

    it('counts yesterday as overdue, today not', () => {
      expect(matchesFilter(dueIn(-1), overdue, context)).toBe(true);
      expect(matchesFilter(dueIn(0), overdue, context)).toBe(false);
    });

    it('never calls a done or closed card overdue', () => {
      expect(matchesFilter(dueIn(-5), overdue, { ...context, columnKind: 'done' })).toBe(false);
      expect(matchesFilter(dueIn(-5), overdue, { ...context, columnKind: 'closed' })).toBe(false);
      expect(matchesFilter(dueIn(-5), overdue, { ...context, columnKind: 'triage' })).toBe(true);
    });

    it('picks cards without a due date, ORed with the others', () => {
      const f = filter({ dueStates: ['no_due_date', 'overdue'] });
      expect(matchesFilter(testCard({ dueDate: null }), f, context)).toBe(true);
      expect(matchesFilter(dueIn(-3), f, context)).toBe(true);
      expect(matchesFilter(dueIn(3), f, context)).toBe(false);
    });
  });

  it('keeps only cards that are not actionable', () => {
    const f = filter({ notActionable: true });
    const ready = testCard({ leadActorId: 'iom', actorIds: ['iom'], dueDate: '2027-01-01' });
    expect(matchesFilter(ready, f, context)).toBe(false);
    expect(matchesFilter(ready, f, { ...context, actionItemCount: 0 })).toBe(true);
    expect(matchesFilter({ ...ready, dueDate: null }, f, context)).toBe(true);
    expect(matchesFilter(ready, emptyFilter(), { ...context, actionItemCount: 0 })).toBe(true);
  });

  it('keeps the cards the search found, and ignores a query with no word', () => {
    const found = testCard();
    const missed = testCard();
    const withHits = { ...context, searchHits: new Set([found.id]) };
    expect(matchesFilter(found, filter({ query: 'bank' }), withHits)).toBe(true);
    expect(matchesFilter(missed, filter({ query: 'bank' }), withHits)).toBe(false);
    expect(matchesFilter(missed, filter({ query: ' , ' }), withHits)).toBe(true);
  });
});
