import { describe, expect, it } from 'vitest';
import { testCard } from '../find/test-card';
import { type ActorStanding, actorFigures } from './actor-figures';
import { columnLookup } from './column-lookup';
import { countedCards } from './counted-cards';
import { ALL_CARDS, CARDS, COL, COLUMNS, TODAY } from './fixtures/board-fixture';

const { backAndForth, undoneMove, legacy, legacyArchived, historyFromMove, fresh } = CARDS;

const ids = (standing: ActorStanding | undefined) => ({
  open: standing?.open.cardIds,
  overdue: standing?.overdue.cardIds,
  implemented: standing?.implemented.cardIds,
});

describe('actorFigures on the fixture', () => {
  const figures = actorFigures(countedCards(ALL_CARDS), columnLookup(COLUMNS), TODAY);
  const row = (actorId: string) => figures.actors.find((actor) => actor.actorId === actorId);

  it('has a row per actor the counted cards name, by id', () => {
    expect(figures.actors.map((actor) => actor.actorId)).toEqual(['bmet', 'ilo', 'iom', 'mofa']);
  });

  it('counts open (overdue included), overdue and implemented cards, as lead and involved', () => {
    expect(ids(row('iom')?.lead)).toEqual({
      open: [backAndForth.id, fresh.id],
      overdue: [backAndForth.id],
      implemented: [],
    });
    expect(ids(row('iom')?.involved)).toEqual({
      open: [backAndForth.id, legacy.id, fresh.id],
      overdue: [backAndForth.id],
      implemented: [],
    });
    expect(ids(row('bmet')?.lead)).toEqual({ open: [legacy.id], overdue: [], implemented: [] });
    expect(ids(row('bmet')?.involved)).toEqual({
      open: [backAndForth.id, legacy.id],
      overdue: [backAndForth.id],
      implemented: [],
    });
    expect(ids(row('ilo')?.involved)).toEqual({
      open: [historyFromMove.id],
      overdue: [historyFromMove.id],
      implemented: [],
    });
    expect(ids(row('mofa')?.lead)).toEqual({ open: [], overdue: [], implemented: [undoneMove.id] });
  });

  it('counts cards without actors or without a lead apart; closed cards in neither', () => {
    const alone = { open: [legacyArchived.id], overdue: [legacyArchived.id], implemented: [] };
    expect(ids(figures.withoutActor)).toEqual(alone);
    expect(ids(figures.withoutLead)).toEqual(alone);
  });
});

describe('actorFigures', () => {
  it('counts a lead missing from the responsible actors as involved too', () => {
    const card = testCard({ columnId: COL.implemented, leadActorId: 'ilo', actorIds: [] });
    const figures = actorFigures([card], columnLookup(COLUMNS), TODAY);
    expect(figures.actors[0]?.involved.implemented.cardIds).toEqual([card.id]);
    expect(figures.withoutActor.implemented.count).toBe(0);
  });

  it('counts a card once per actor, however often an old row lists the actor', () => {
    const card = testCard({
      columnId: COL.implemented,
      leadActorId: 'ilo',
      actorIds: ['ilo', 'iom', 'iom'],
    });
    const figures = actorFigures([card], columnLookup(COLUMNS), TODAY);
    expect(figures.actors.map((actor) => actor.involved.implemented.cardIds)).toEqual([
      [card.id],
      [card.id],
    ]);
  });
});
