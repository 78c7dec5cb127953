import { describe, expect, it } from 'vitest';
import { testCard } from '../find/test-card';
import { columnLookup } from './column-lookup';
import { countedCards } from './counted-cards';
import { ALL_CARDS, CARDS, COL, COLUMNS, TODAY } from './fixtures/board-fixture';
import { openAge } from './open-age';

const columns = columnLookup(COLUMNS);

describe('openAge on the fixture', () => {
  it('buckets the open cards by the months since they were made', () => {
    const age = openAge(countedCards(ALL_CARDS), columns, TODAY);
    expect(age.under_3_months.cardIds).toEqual([CARDS.backAndForth.id, CARDS.fresh.id]);
    expect(age['3_to_6_months'].cardIds).toEqual([CARDS.legacyArchived.id]);
    expect(age['6_to_12_months'].cardIds).toEqual([CARDS.legacy.id]);
    expect(age.over_12_months.cardIds).toEqual([CARDS.historyFromMove.id]);
  });
});

describe('openAge', () => {
  const made = (date: string) =>
    testCard({ createdAt: `${date}T12:00:00.000Z`, columnId: COL.accepted });

  it('moves a card up a bucket on the day it reaches 3, 6 and 12 months', () => {
    const cards = ['2025-12-16', '2025-12-15', '2025-09-15', '2025-03-16', '2025-03-15'].map(made);
    const age = openAge(cards, columns, TODAY);
    expect(age.under_3_months.cardIds).toEqual([cards[0]?.id]);
    expect(age['3_to_6_months'].cardIds).toEqual([cards[1]?.id]);
    expect(age['6_to_12_months'].cardIds).toEqual([cards[2]?.id, cards[3]?.id]);
    expect(age.over_12_months.cardIds).toEqual([cards[4]?.id]);
  });

  it('leaves done and closed cards out', () => {
    const done = testCard({ columnId: COL.implemented });
    const closed = testCard({ columnId: COL.noted });
    const age = openAge([done, closed], columns, TODAY);
    expect(Object.values(age).map((figure) => figure.count)).toEqual([0, 0, 0, 0]);
  });
});
