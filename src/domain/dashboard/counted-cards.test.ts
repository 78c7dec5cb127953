import { describe, expect, it } from 'vitest';
import { closedCards, countedCards, historyCards } from './counted-cards';
import { ALL_CARDS, CARDS } from './fixtures/board-fixture';

const ids = (cards: { id: string }[]) => cards.map((card) => card.id);

describe('countedCards', () => {
  it('leaves out archived and deleted cards', () => {
    const counted = ids(countedCards(ALL_CARDS));
    expect(counted).toHaveLength(7);
    expect(counted).not.toContain(CARDS.archived.id);
    expect(counted).not.toContain(CARDS.deleted.id);
  });

  it('keeps only what the predicate lets through', () => {
    const lead = countedCards(ALL_CARDS, (card) => card.leadActorId === 'iom');
    expect(ids(lead)).toEqual([CARDS.backAndForth.id, CARDS.fresh.id]);
  });
});

describe('historyCards', () => {
  it('keeps archived and deleted cards, narrowed by the predicate', () => {
    expect(historyCards(ALL_CARDS)).toHaveLength(9);
    const ilo = historyCards(ALL_CARDS, (card) => card.actorIds.includes('ilo'));
    expect(ids(ilo)).toEqual([CARDS.deleted.id, CARDS.historyFromMove.id]);
  });
});

describe('closedCards', () => {
  it('keeps archived cards that are not deleted', () => {
    expect(ids(closedCards(ALL_CARDS))).toEqual([CARDS.archived.id]);
    expect(closedCards(ALL_CARDS, (card) => card.actorIds.length === 0)).toEqual([]);
  });
});
