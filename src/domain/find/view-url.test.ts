import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SDG_TARGETS } from '../global-frameworks';
import { RESPONSES } from '../response';
import { STAGE_IDS } from '../taxonomy';
import { ACTOR_ROLES, DUE_FILTER_STATES, PRIORITY_FILTER_VALUES } from './board-filter';
import { GROUP_BYS } from './lanes';
import { SORT_DIRECTIONS, SORT_KEYS } from './sort';
import { defaultViewState, VIEWS, type ViewState, ViewStateSchema } from './view-state';
import { viewStateFromSearchParams, viewStateToSearchParams } from './view-url';

const WORKSHOP = '01900000-0000-7000-8000-00000000aa01';

function read(query: string) {
  return viewStateFromSearchParams(new URLSearchParams(query));
}

function write(state: unknown): string {
  return viewStateToSearchParams(ViewStateSchema.parse(state)).toString();
}

describe('viewStateToSearchParams', () => {
  it('writes nothing for the default state', () => {
    expect(viewStateToSearchParams(defaultViewState()).toString()).toBe('');
  });

  it('writes only what differs from the defaults, in a fixed order', () => {
    const url = write({
      collapsedLanes: ['none'],
      filter: { stageIds: ['return', 'transit'], actorIds: ['iom'], actorRole: 'lead' },
      sort: { key: 'dueDate', direction: 'desc' },
      view: 'table',
    });
    expect(url).toBe(
      'view=table&sort=-dueDate&stage=return%2Ctransit&actor=iom&role=lead&collapsed=none',
    );
  });

  it('keeps free text safe: commas, ampersands and Bangla in labels and queries', () => {
    const state = ViewStateSchema.parse({
      filter: { labels: ['a,b', 'x&y=z'], query: 'প্রবাসী + কর্মী', notActionable: true },
    });
    const url = viewStateToSearchParams(state).toString();
    expect(url).toContain('label=a%2Cb&label=x%26y%3Dz');
    expect(read(url)).toEqual({ state, problems: [] });
  });
});

describe('viewStateFromSearchParams', () => {
  it('reads the default state from no parameters, and leaves others alone', () => {
    expect(read('')).toEqual({ state: defaultViewState(), problems: [] });
    expect(read('card=123&tab=notes')).toEqual({ state: defaultViewState(), problems: [] });
  });

  it('reads every kind of filter', () => {
    const { state, problems } = read(
      `workshop=${WORKSHOP}&stage=return&actor=iom&actor=ilo&role=lead&response=noted` +
        '&priority=high,none&label=ঋণ&due=overdue,no_due_date&gcm=6,২১&sdg=10.7' +
        '&unactionable=1&q=banks&group=actor&view=dashboard&sort=title&collapsed=iom' +
        `&cards=${WORKSHOP},${WORKSHOP}`,
    );
    expect(problems).toEqual([]);
    expect(state).toEqual({
      filter: {
        workshopIds: [WORKSHOP],
        stageIds: ['return'],
        actorIds: ['iom', 'ilo'],
        actorRole: 'lead',
        responses: ['noted'],
        priorities: ['high', 'none'],
        labels: ['ঋণ'],
        dueStates: ['overdue', 'no_due_date'],
        gcmObjectives: [6, 21],
        sdgTargets: ['10.7'],
        notActionable: true,
        query: 'banks',
        cardIds: [WORKSHOP],
      },
      groupBy: 'actor',
      view: 'dashboard',
      sort: { key: 'title', direction: 'asc' },
      collapsedLanes: ['iom'],
    });
  });

  it('drops bad values one by one, keeps the good ones and says what it dropped', () => {
    const { state, problems } = read(
      'stage=return,moon,transit&gcm=24,x,6&view=kanban&sort=-colour&unactionable=yes&workshop=42',
    );
    expect(state.filter.stageIds).toEqual(['return', 'transit']);
    expect(state.filter.gcmObjectives).toEqual([6]);
    expect(state.view).toBe('board');
    expect(state.sort).toBeNull();
    expect(state.filter.notActionable).toBe(false);
    expect(problems).toEqual([
      { param: 'view', value: 'kanban', code: 'invalid_value' },
      { param: 'sort', value: '-colour', code: 'invalid_value' },
      { param: 'workshop', value: '42', code: 'invalid_value' },
      { param: 'stage', value: 'moon', code: 'invalid_value' },
      { param: 'gcm', value: '24', code: 'invalid_value' },
      { param: 'gcm', value: 'x', code: 'invalid_value' },
      { param: 'unactionable', value: 'yes', code: 'invalid_value' },
    ]);
  });

  it('reads the first of a repeated single parameter and reports the others', () => {
    const { state, problems } = read('view=table&view=board&q=a&q=b');
    expect(state.view).toBe('table');
    expect(state.filter.query).toBe('a');
    expect(problems).toEqual([
      { param: 'view', value: 'board', code: 'repeated_param' },
      { param: 'q', value: 'b', code: 'repeated_param' },
    ]);
  });

  it('ignores empty list items and reads a value twice once', () => {
    expect(read('stage=,return,,return&stage=').state.filter.stageIds).toEqual(['return']);
    expect(read('stage=,return').problems).toEqual([]);
  });

  it('never throws, whatever the parameters', () => {
    const names = fc.constantFrom(
      'view',
      'group',
      'sort',
      'q',
      'stage',
      'gcm',
      'actor',
      'label',
      'role',
      'unactionable',
      'collapsed',
      'workshop',
      'due',
      'other',
    );
    const entries = fc.array(fc.tuple(names, fc.string({ unit: 'binary', maxLength: 20 })));
    fc.assert(
      fc.property(entries, (pairs) => {
        const { state } = viewStateFromSearchParams(new URLSearchParams(pairs));
        expect(ViewStateSchema.safeParse(state).success).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 });
const someOf = <T>(values: readonly T[]) => fc.uniqueArray(fc.constantFrom(...values));
const validState = fc
  .record({
    filter: fc.record({
      workshopIds: fc.uniqueArray(fc.uuid({ version: 7 }), { maxLength: 3 }),
      stageIds: someOf(STAGE_IDS),
      actorIds: fc.uniqueArray(fc.oneof(text, fc.constantFrom('iom', 'a,b', ' ')), {
        maxLength: 4,
      }),
      actorRole: fc.constantFrom(...ACTOR_ROLES),
      responses: someOf(RESPONSES),
      priorities: someOf(PRIORITY_FILTER_VALUES),
      labels: fc.array(text, { maxLength: 4 }),
      dueStates: someOf(DUE_FILTER_STATES),
      gcmObjectives: fc.uniqueArray(fc.integer({ min: 1, max: 23 })),
      sdgTargets: someOf(SDG_TARGETS.map((target) => target.id)),
      notActionable: fc.boolean(),
      query: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom('', ' ')),
    }),
    groupBy: fc.constantFrom(...GROUP_BYS),
    view: fc.constantFrom(...VIEWS),
    sort: fc.option(
      fc.record({
        key: fc.constantFrom(...SORT_KEYS),
        direction: fc.constantFrom(...SORT_DIRECTIONS),
      }),
    ),
    collapsedLanes: fc.array(fc.oneof(text, fc.constantFrom(...STAGE_IDS, 'none')), {
      maxLength: 4,
    }),
  })
  .map((raw) => ViewStateSchema.safeParse(raw))
  .filter((parsed) => parsed.success)
  .map((parsed): ViewState => parsed.data ?? defaultViewState());

describe('the URL round trip', () => {
  it('gives back any valid state, with no problem', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const url = viewStateToSearchParams(state).toString();
        expect(viewStateFromSearchParams(new URLSearchParams(url))).toEqual({
          state,
          problems: [],
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('gives equal states equal URLs', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const copy = ViewStateSchema.parse(structuredClone(state));
        expect(viewStateToSearchParams(copy).toString()).toBe(
          viewStateToSearchParams(state).toString(),
        );
      }),
      { numRuns: 300 },
    );
  });
});
