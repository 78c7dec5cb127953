import { describe, expect, it } from 'vitest';
import { testCard } from '../find/test-card';
import { countedCards } from './counted-cards';
import { ALL_CARDS, CARDS } from './fixtures/board-fixture';
import { frameworkCoverage } from './framework-coverage';

describe('frameworkCoverage on the fixture', () => {
  const coverage = frameworkCoverage(countedCards(ALL_CARDS));
  const covered = <Key>(counts: { key: Key; figure: { cardIds: string[] } }[]) =>
    counts
      .filter(({ figure }) => figure.cardIds.length > 0)
      .map(({ key, figure }) => [key, figure.cardIds]);

  it('counts the cards tagged with each GCM objective; the archived card counts nowhere', () => {
    expect(covered(coverage.gcm.counts)).toEqual([
      [6, [CARDS.backAndForth.id]],
      [10, [CARDS.backAndForth.id, CARDS.legacy.id]],
      [21, [CARDS.historyFromMove.id]],
    ]);
    expect(coverage.gcm.counts).toHaveLength(23);
    expect(coverage.gcm.uncovered).toEqual([
      1, 2, 3, 4, 5, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 22, 23,
    ]);
  });

  it('counts the SDG targets the same way, in the framework order', () => {
    expect(covered(coverage.sdg.counts)).toEqual([
      ['8.7', [CARDS.backAndForth.id]],
      ['10.7', [CARDS.legacy.id]],
    ]);
    expect(coverage.sdg.uncovered).toEqual(['1.3', '5.2', '8.8', '10.c', '16.2', '16.9', '17.18']);
  });
});

describe('frameworkCoverage', () => {
  it('counts a card tagged twice with the same objective once', () => {
    const card = testCard({ gcmObjectives: [3, 3], sdgTargets: ['1.3', '1.3'] });
    const coverage = frameworkCoverage([card]);
    expect(coverage.gcm.counts[2]?.figure).toEqual({ count: 1, cardIds: [card.id] });
    expect(coverage.sdg.counts[0]?.figure).toEqual({ count: 1, cardIds: [card.id] });
  });
});
