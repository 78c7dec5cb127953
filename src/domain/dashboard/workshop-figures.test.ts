import { describe, expect, it } from 'vitest';
import { testCard } from '../find/test-card';
import { columnLookup } from './column-lookup';
import { countedCards } from './counted-cards';
import {
  ACTION_ITEM_COUNTS,
  ALL_CARDS,
  CARDS,
  COL,
  COLUMNS,
  TODAY,
  WORKSHOPS,
  WS,
} from './fixtures/board-fixture';
import { workshopFigures } from './workshop-figures';

const { backAndForth, undoneMove, legacy, legacyArchived, noHistory } = CARDS;
const { historyFromMove, fresh } = CARDS;

describe('workshopFigures on the fixture', () => {
  const figures = workshopFigures(
    countedCards(ALL_CARDS),
    WORKSHOPS,
    columnLookup(COLUMNS),
    ACTION_ITEM_COUNTS,
    TODAY,
  );

  it('has every live workshop by date, then the cards of no workshop', () => {
    expect(figures.map((row) => row.workshopId)).toEqual([WS.w2, WS.w1, WS.w3, null]);
  });

  it('gives shares of implemented and actionable cards, and the oldest open card', () => {
    const [w2, w1, w3, none] = figures;
    expect(w1?.cards.cardIds).toEqual([backAndForth.id, undoneMove.id, historyFromMove.id]);
    expect(w1?.implemented.cardIds).toEqual([undoneMove.id]);
    expect(w1?.implementedShare).toBeCloseTo(1 / 3);
    expect(w1?.actionableShare).toBe(1);
    expect(w1?.oldestOpen).toEqual({ cardId: historyFromMove.id, ageDays: 407 });

    // The archived card of w2 is closed: it counts nowhere; its closed card is not "open".
    expect(w2?.cards.cardIds).toEqual([legacy.id, noHistory.id]);
    expect(w2?.implementedShare).toBe(0);
    expect(w2?.actionable.count).toBe(0);
    expect(w2?.oldestOpen).toEqual({ cardId: legacy.id, ageDays: 186 });

    expect(w3?.oldestOpen).toEqual({ cardId: fresh.id, ageDays: 3 });
    expect(none?.cards.cardIds).toEqual([legacyArchived.id]);
    expect(none?.oldestOpen).toEqual({ cardId: legacyArchived.id, ageDays: 154 });
  });

  it('gives no share for a workshop with no card counted', () => {
    const empty = workshopFigures([], WORKSHOPS, columnLookup(COLUMNS), new Map(), TODAY);
    expect(empty.map((row) => row.implementedShare)).toEqual([null, null, null]);
    expect(empty.map((row) => row.oldestOpen)).toEqual([null, null, null]);
  });
});

describe('workshopFigures', () => {
  it('lists a workshop a card names that is gone, before the cards of none', () => {
    const cards = [
      testCard({ workshopId: null, columnId: COL.triage }),
      testCard({ workshopId: WS.gone, columnId: COL.triage }),
    ];
    const figures = workshopFigures(cards, [], columnLookup(COLUMNS), new Map(), TODAY);
    expect(figures.map((row) => row.workshopId)).toEqual([WS.gone, null]);
  });

  it('takes the earlier instant as older, whatever offset it is written with', () => {
    const later = testCard({ workshopId: WS.w1, createdAt: '2026-03-01T01:00:00.000Z' });
    const earlier = testCard({ workshopId: WS.w1, createdAt: '2026-03-01T05:00:00+06:00' });
    const figures = workshopFigures([later, earlier], [], columnLookup(COLUMNS), new Map(), TODAY);
    expect(figures[0]?.oldestOpen).toEqual({ cardId: earlier.id, ageDays: 15 });
  });
});
