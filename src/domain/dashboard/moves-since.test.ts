import { describe, expect, it } from 'vitest';
import { testCard } from '../find/test-card';
import { cardHistory } from './card-history';
import { countedCards } from './counted-cards';
import { ALL_CARDS, CARDS, COL } from './fixtures/board-fixture';
import { JOURNAL } from './fixtures/fixture-journal';
import { moveEntry, undoEntry } from './fixtures/journal-builders';
import { movesSince } from './moves-since';

const since = '2026-03-01T00:00:00.000Z';

describe('movesSince on the fixture', () => {
  it('lists each card whose column changed, from where it was to where it is', () => {
    const moves = movesSince(countedCards(ALL_CARDS), cardHistory(JOURNAL, ALL_CARDS), since);
    expect(moves).toEqual([
      {
        cardId: CARDS.backAndForth.id,
        fromColumnId: COL.implemented,
        toColumnId: COL.inProgress,
        at: '2026-03-02T09:00:00.000Z',
      },
      {
        cardId: CARDS.historyFromMove.id,
        fromColumnId: COL.triage,
        toColumnId: COL.accepted,
        at: '2026-03-10T09:00:00.000Z',
      },
    ]);
  });
});

describe('movesSince', () => {
  const card = testCard({ createdAt: '2026-02-01T09:00:00.000Z', columnId: COL.triage });

  it('shows nothing for a move that was undone', () => {
    const move = moveEntry('2026-03-03T09:00:00.000Z', card, COL.triage, COL.accepted);
    const journal = [move, undoEntry('2026-03-03T09:01:00.000Z', move)];
    expect(movesSince([card], cardHistory(journal, [card]), since)).toEqual([]);
  });

  it('shows two moves as one, dated by the last', () => {
    const now = { ...card, columnId: COL.implemented };
    const journal = [
      moveEntry('2026-03-03T09:00:00.000Z', card, COL.triage, COL.accepted),
      moveEntry('2026-03-05T09:00:00.000Z', card, COL.accepted, COL.implemented),
    ];
    expect(movesSince([now], cardHistory(journal, [now]), since)).toEqual([
      {
        cardId: card.id,
        fromColumnId: COL.triage,
        toColumnId: COL.implemented,
        at: '2026-03-05T09:00:00.000Z',
      },
    ]);
  });
});
