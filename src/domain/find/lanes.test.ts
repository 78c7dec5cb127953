import { describe, expect, it } from 'vitest';
import { STAGE_IDS } from '../taxonomy';
import { ALL_LANE, buildLanes, GROUP_BYS, laneKeysOf, NONE_LANE } from './lanes';
import { testCard } from './test-card';

const TRIAGE = '01900000-0000-7000-8000-0000000000c1';
const OPEN = '01900000-0000-7000-8000-0000000000c2';
const GONE = '01900000-0000-7000-8000-0000000000c9';
const columns = [
  { id: TRIAGE, kind: 'triage' as const },
  { id: OPEN, kind: 'open' as const },
];
const OLD = '01900000-0000-7000-8000-00000000aa01';
const NEW = '01900000-0000-7000-8000-00000000aa02';
const DELETED = '01900000-0000-7000-8000-00000000aa03';

describe('laneKeysOf', () => {
  const card = testCard({
    stageIds: ['return', 'reintegration'],
    actorIds: ['iom', 'bmet'],
    leadActorId: 'bmet',
    workshopId: OLD,
    priority: 'high',
    response: 'noted',
  });
  const bare = testCard();

  it('puts a card in one lane per value it has', () => {
    expect(laneKeysOf(card, 'stage')).toEqual(['return', 'reintegration']);
    expect(laneKeysOf(card, 'actor')).toEqual(['iom', 'bmet']);
    expect(laneKeysOf(card, 'lead_actor')).toEqual(['bmet']);
    expect(laneKeysOf(card, 'workshop')).toEqual([OLD]);
    expect(laneKeysOf(card, 'priority')).toEqual(['high']);
    expect(laneKeysOf(card, 'response')).toEqual(['noted']);
    expect(laneKeysOf(card, 'none')).toEqual([ALL_LANE]);
  });

  it('puts a card without a value in the none lane', () => {
    for (const groupBy of ['stage', 'actor', 'lead_actor', 'workshop', 'priority'] as const) {
      expect(laneKeysOf(bare, groupBy)).toEqual([NONE_LANE]);
    }
    expect(laneKeysOf(bare, 'response')).toEqual(['awaiting']);
  });

  it('lists a value stored twice once', () => {
    expect(laneKeysOf(testCard({ stageIds: ['return', 'return'] }), 'stage')).toEqual(['return']);
  });
});

describe('buildLanes', () => {
  const a = testCard({ stageIds: ['reintegration', 'return'], columnId: OPEN });
  const b = testCard({ stageIds: [], columnId: TRIAGE });
  const c = testCard({ stageIds: ['return'], columnId: TRIAGE });
  const d = testCard({ stageIds: ['pre_departure'], columnId: OPEN });

  it('splits each lane by column, in board order, in taxonomy order with none last', () => {
    const lanes = buildLanes([a, b, c, d], 'stage', columns);
    expect(lanes.map((lane) => [lane.key, lane.count])).toEqual([
      ['pre_departure', 1],
      ['return', 2],
      ['reintegration', 1],
      [NONE_LANE, 1],
    ]);
    expect(lanes[1]?.cardIdsByColumn).toEqual({ [TRIAGE]: [c.id], [OPEN]: [a.id] });
    expect(lanes[0]?.cardIdsByColumn).toEqual({ [TRIAGE]: [], [OPEN]: [d.id] });
  });

  it('keeps the board order of the cards given', () => {
    const [lane] = buildLanes([d, a], 'none', columns);
    expect(lane).toEqual({
      key: ALL_LANE,
      cardIdsByColumn: { [TRIAGE]: [], [OPEN]: [d.id, a.id] },
      count: 2,
    });
    expect(buildLanes([a, d], 'none', columns)[0]?.cardIdsByColumn[OPEN]).toEqual([a.id, d.id]);
  });

  it('puts a card whose column is gone in the triage column', () => {
    const lost = testCard({ columnId: GONE });
    expect(buildLanes([lost], 'none', columns)[0]?.cardIdsByColumn[TRIAGE]).toEqual([lost.id]);
  });

  it('orders responses as RESPONSES and priorities high to low', () => {
    const cards = [
      testCard({ response: 'noted', priority: 'low' }),
      testCard({ response: 'accepted', priority: null }),
      testCard({ response: 'awaiting', priority: 'high' }),
    ];
    expect(buildLanes(cards, 'response', columns).map((l) => l.key)).toEqual([
      'awaiting',
      'accepted',
      'noted',
    ]);
    expect(buildLanes(cards, 'priority', columns).map((l) => l.key)).toEqual([
      'high',
      'low',
      NONE_LANE,
    ]);
  });

  it('orders workshops newest first, unknown ones after, none last', () => {
    const cards = [
      testCard({ workshopId: null }),
      testCard({ workshopId: DELETED }),
      testCard({ workshopId: OLD }),
      testCard({ workshopId: NEW }),
    ];
    const workshops = [
      { id: OLD, date: '2024-03-01' },
      { id: NEW, date: '2025-06-10' },
    ];
    expect(buildLanes(cards, 'workshop', columns, { workshops }).map((l) => l.key)).toEqual([
      NEW,
      OLD,
      DELETED,
      NONE_LANE,
    ]);
  });

  it('orders actors as the directory lists them', () => {
    const cards = [
      testCard({ actorIds: ['ilo', 'iom'], leadActorId: 'ilo' }),
      testCard({ actorIds: ['bmet'], leadActorId: null }),
    ];
    const actorIds = ['bmet', 'iom', 'ilo'];
    expect(buildLanes(cards, 'actor', columns, { actorIds }).map((l) => l.key)).toEqual([
      'bmet',
      'iom',
      'ilo',
    ]);
    expect(buildLanes(cards, 'lead_actor', columns, { actorIds }).map((l) => l.key)).toEqual([
      'ilo',
      NONE_LANE,
    ]);
  });

  it('gives empty lanes as drop targets when asked', () => {
    const stages = buildLanes([c], 'stage', columns, { includeEmpty: true });
    expect(stages.map((l) => l.key)).toEqual([...STAGE_IDS, NONE_LANE]);
    expect(stages.map((l) => l.count)).toEqual([0, 0, 0, 0, 1, 0, 0, 0]);
    const responses = buildLanes([], 'response', columns, { includeEmpty: true });
    expect(responses.map((l) => l.key)).toEqual([
      'awaiting',
      'accepted',
      'accepted_in_part',
      'noted',
      'not_applicable',
    ]);
    const actors = buildLanes([], 'actor', columns, { includeEmpty: true, actorIds: ['iom'] });
    expect(actors.map((l) => l.key)).toEqual(['iom', NONE_LANE]);
  });

  it('puts each card in exactly the lanes laneKeysOf names, for every grouping', () => {
    const cards = [
      a,
      b,
      testCard({ stageIds: ['return', 'return'], actorIds: ['iom', 'iom', 'bmet'] }),
      testCard({ actorIds: ['ilo'], leadActorId: 'ilo', workshopId: OLD, priority: 'low' }),
      testCard({ response: 'noted', columnId: GONE }),
    ];
    for (const groupBy of GROUP_BYS) {
      const shown = new Map<string, string[]>();
      for (const lane of buildLanes(cards, groupBy, columns)) {
        for (const ids of Object.values(lane.cardIdsByColumn)) {
          for (const id of ids) shown.set(id, [...(shown.get(id) ?? []), lane.key]);
        }
      }
      for (const card of cards) {
        expect(shown.get(card.id)?.sort(), `${groupBy}: ${card.id}`).toEqual(
          laneKeysOf(card, groupBy).sort(),
        );
      }
    }
  });

  it('gives an empty board no lane unless asked, or one when not grouped', () => {
    expect(buildLanes([], 'stage', columns)).toEqual([]);
    expect(buildLanes([], 'none', columns)).toEqual([
      { key: ALL_LANE, cardIdsByColumn: { [TRIAGE]: [], [OPEN]: [] }, count: 0 },
    ]);
  });
});
