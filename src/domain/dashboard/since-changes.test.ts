import { describe, expect, it } from 'vitest';
import { cardHistory } from './card-history';
import { columnLookup } from './column-lookup';
import { countedCards } from './counted-cards';
import { ALL_CARDS, CARDS, COLUMNS, TODAY } from './fixtures/board-fixture';
import { JOURNAL, SINCE } from './fixtures/fixture-journal';
import { sinceChanges } from './since-changes';

const history = cardHistory(JOURNAL, ALL_CARDS);

describe('sinceChanges on the fixture', () => {
  const changes = sinceChanges(
    countedCards(ALL_CARDS),
    history,
    JOURNAL,
    columnLookup(COLUMNS),
    SINCE,
    TODAY,
  );

  it('names the cards moved, noted, newly overdue and new', () => {
    expect(changes.moved.cardIds).toEqual([CARDS.backAndForth.id, CARDS.historyFromMove.id]);
    expect(changes.noted.cardIds).toEqual([CARDS.backAndForth.id]);
    // legacyArchived is overdue too, but its due date (10 Feb) came before the meeting.
    expect(changes.newlyOverdue.cardIds).toEqual([CARDS.backAndForth.id, CARDS.historyFromMove.id]);
    expect(changes.newCards.cardIds).toEqual([CARDS.fresh.id]);
  });

  it('counts only the cards it is given', () => {
    const lead = countedCards(ALL_CARDS, (card) => card.leadActorId === 'ilo');
    const narrow = sinceChanges(lead, history, JOURNAL, columnLookup(COLUMNS), SINCE, TODAY);
    expect(narrow.moved.cardIds).toEqual([CARDS.historyFromMove.id]);
    expect(narrow.notes).toEqual([]);
    expect(narrow.newCards.count).toBe(0);
  });

  it('counts a card made at 00:00 UTC on the day as new, and one a moment before as not', () => {
    const at = (createdAt: string) => ({ ...CARDS.fresh, createdAt });
    const cards = [at('2026-03-01T00:00:00.000Z'), at('2026-03-01T05:59:00+06:00')];
    const changes = sinceChanges(cards, new Map(), [], columnLookup(COLUMNS), SINCE, TODAY);
    expect(changes.newCards.count).toBe(1);
  });
});
