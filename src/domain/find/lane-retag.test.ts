import { describe, expect, it } from 'vitest';
import { RecommendationEditSchema } from '../recommendation-edit';
import { retagForLane } from './lane-retag';
import { buildLanes, laneKeysOf, NONE_LANE } from './lanes';
import { testCard } from './test-card';

const WORKSHOP = '01900000-0000-7000-8000-00000000aa01';

describe('retagForLane by stage', () => {
  const card = testCard({ stageIds: ['return', 'transit'] });

  it('replaces only the dragged-from stage, where it stood', () => {
    expect(retagForLane(card, 'stage', 'return', 'reintegration')).toEqual({
      stageIds: ['reintegration', 'transit'],
    });
  });

  it('moves a card that is in two lanes out of one of them only', () => {
    const patch = retagForLane(card, 'stage', 'transit', 'destination');
    expect(patch).toEqual({ stageIds: ['return', 'destination'] });
    const moved = { ...card, ...patch };
    expect(laneKeysOf(moved, 'stage')).toEqual(['return', 'destination']);
    const columns = [{ id: card.columnId, kind: 'open' as const }];
    expect(buildLanes([moved], 'stage', columns).map((lane) => lane.key)).toEqual([
      'destination',
      'return',
    ]);
  });

  it('merges into a lane the card is already in, without a duplicate', () => {
    expect(retagForLane(card, 'stage', 'return', 'transit')).toEqual({ stageIds: ['transit'] });
  });

  it('clears every stage in the none lane and sets one from it', () => {
    expect(retagForLane(card, 'stage', 'return', NONE_LANE)).toEqual({ stageIds: [] });
    const bare = testCard();
    expect(retagForLane(bare, 'stage', NONE_LANE, 'transit')).toEqual({ stageIds: ['transit'] });
    expect(retagForLane(bare, 'stage', 'transit', NONE_LANE)).toBeNull();
  });

  it('refuses a lane that is not a stage, and a drop in the same lane', () => {
    expect(retagForLane(card, 'stage', 'return', 'moon')).toBeNull();
    expect(retagForLane(card, 'stage', 'return', 'return')).toBeNull();
  });
});

describe('retagForLane by actor', () => {
  const card = testCard({ actorIds: ['iom', 'bmet'], leadActorId: 'bmet' });

  it('replaces a helper and keeps the lead', () => {
    expect(retagForLane(card, 'actor', 'iom', 'ilo')).toEqual({ actorIds: ['ilo', 'bmet'] });
  });

  it('hands the lead to the actor that replaced it', () => {
    const patch = retagForLane(card, 'actor', 'bmet', 'ilo');
    expect(patch).toEqual({ actorIds: ['iom', 'ilo'], leadActorId: 'ilo' });
    expect(RecommendationEditSchema.safeParse({ ...card, ...patch }).success).toBe(true);
  });

  it('merges the lead into an actor the card already has', () => {
    expect(retagForLane(card, 'actor', 'bmet', 'iom')).toEqual({
      actorIds: ['iom'],
      leadActorId: 'iom',
    });
  });

  it('clears actors and lead in the none lane, and adds one from it', () => {
    expect(retagForLane(card, 'actor', 'iom', NONE_LANE)).toEqual({
      actorIds: [],
      leadActorId: null,
    });
    expect(retagForLane(testCard(), 'actor', NONE_LANE, 'iom')).toEqual({ actorIds: ['iom'] });
  });
});

describe('retagForLane by lead actor', () => {
  const card = testCard({ actorIds: ['iom', 'bmet'], leadActorId: 'bmet' });

  it('sets the lead among the actors already there', () => {
    expect(retagForLane(card, 'lead_actor', 'bmet', 'iom')).toEqual({ leadActorId: 'iom' });
  });

  it('adds a new lead to the actors', () => {
    const patch = retagForLane(card, 'lead_actor', 'bmet', 'ilo');
    expect(patch).toEqual({ leadActorId: 'ilo', actorIds: ['iom', 'bmet', 'ilo'] });
    expect(RecommendationEditSchema.safeParse({ ...card, ...patch }).success).toBe(true);
  });

  it('clears the lead only, in the none lane', () => {
    expect(retagForLane(card, 'lead_actor', 'bmet', NONE_LANE)).toEqual({ leadActorId: null });
    expect(retagForLane(testCard(), 'lead_actor', NONE_LANE, 'iom')).toEqual({
      leadActorId: 'iom',
      actorIds: ['iom'],
    });
  });
});

describe('retagForLane by workshop, priority and response', () => {
  const card = testCard({ workshopId: null, priority: 'low', response: 'awaiting' });

  it('sets the field', () => {
    expect(retagForLane(card, 'workshop', NONE_LANE, WORKSHOP)).toEqual({ workshopId: WORKSHOP });
    expect(retagForLane(card, 'priority', 'low', 'high')).toEqual({ priority: 'high' });
    expect(retagForLane(card, 'response', 'awaiting', 'noted')).toEqual({ response: 'noted' });
  });

  it('clears it in the none lane', () => {
    const withWorkshop = { ...card, workshopId: WORKSHOP };
    expect(retagForLane(withWorkshop, 'workshop', WORKSHOP, NONE_LANE)).toEqual({
      workshopId: null,
    });
    expect(retagForLane(card, 'priority', 'low', NONE_LANE)).toEqual({ priority: null });
  });

  it('refuses keys that are not values, and responses have no none lane', () => {
    expect(retagForLane(card, 'workshop', NONE_LANE, 'not-a-uuid')).toBeNull();
    expect(retagForLane(card, 'priority', 'low', 'urgent')).toBeNull();
    expect(retagForLane(card, 'response', 'awaiting', NONE_LANE)).toBeNull();
    expect(retagForLane(card, 'response', 'noted', 'awaiting')).toBeNull();
  });

  it('changes nothing when the board is not grouped', () => {
    expect(retagForLane(card, 'none', 'all', 'other')).toBeNull();
  });
});
