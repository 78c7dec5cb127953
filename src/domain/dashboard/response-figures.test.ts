import { describe, expect, it } from 'vitest';
import { countedCards } from './counted-cards';
import { ALL_CARDS, CARDS } from './fixtures/board-fixture';
import { responseFigures } from './response-figures';

describe('responseFigures', () => {
  it('counts the counted cards by response, every response listed', () => {
    const figures = responseFigures(countedCards(ALL_CARDS));
    expect(figures.awaiting.cardIds).toEqual([CARDS.historyFromMove.id, CARDS.fresh.id]);
    expect(figures.accepted.cardIds).toEqual([CARDS.backAndForth.id, CARDS.undoneMove.id]);
    expect(figures.accepted_in_part.cardIds).toEqual([CARDS.legacy.id]);
    expect(figures.noted.cardIds).toEqual([CARDS.legacyArchived.id]);
    expect(figures.not_applicable.cardIds).toEqual([CARDS.noHistory.id]);
  });

  it('lists every response with nothing counted', () => {
    expect(Object.values(responseFigures([])).map((figure) => figure.count)).toEqual([
      0, 0, 0, 0, 0,
    ]);
  });
});
