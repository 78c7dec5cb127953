import { describe, expect, it } from 'vitest';
import { testCard } from '../find/test-card';
import { cardHistory } from './card-history';
import { columnLookup } from './column-lookup';
import { ALL_CARDS, CARDS, COL, COLUMNS, TODAY } from './fixtures/board-fixture';
import { JOURNAL } from './fixtures/fixture-journal';
import { cardChange, cardRow, entry, moveEntry, undoEntry } from './fixtures/journal-builders';
import { implementedPerQuarter } from './implemented-per-quarter';

const columns = columnLookup(COLUMNS);

describe('implementedPerQuarter on the fixture', () => {
  const quarters = implementedPerQuarter(cardHistory(JOURNAL, ALL_CARDS), columns, TODAY);

  it('runs from the quarter of the first state to today', () => {
    expect(quarters.map(({ start, end }) => [start, end])).toEqual([
      ['2025-01-01', '2025-03-31'],
      ['2025-04-01', '2025-06-30'],
      ['2025-07-01', '2025-09-30'],
      ['2025-10-01', '2025-12-31'],
      ['2026-01-01', '2026-03-15'],
    ]);
  });

  it('counts net of undo and of moves back; an archived card keeps its quarter', () => {
    // undoneMove's December move was undone; backAndForth went to Implemented and came back.
    expect(quarters.map((quarter) => quarter.implemented.cardIds)).toEqual([
      [],
      [],
      [],
      [CARDS.archived.id],
      [CARDS.undoneMove.id],
    ]);
  });
});

describe('implementedPerQuarter', () => {
  const day = (date: string) => `${date}T09:00:00.000Z`;

  it('counts a card once in a quarter it entered Implemented twice', () => {
    const card = testCard({ createdAt: day('2026-01-02'), columnId: COL.implemented });
    const journal = [
      moveEntry(day('2026-01-05'), card, COL.triage, COL.implemented),
      moveEntry(day('2026-01-06'), card, COL.implemented, COL.inProgress),
      moveEntry(day('2026-01-07'), card, COL.inProgress, COL.implemented),
    ];
    const quarters = implementedPerQuarter(cardHistory(journal, [card]), columns, TODAY);
    expect(quarters.map((quarter) => quarter.implemented.count)).toEqual([1]);
  });

  it('never counts a card made straight into a done column, nor restored there', () => {
    const made = testCard({ createdAt: day('2025-11-02'), columnId: COL.implemented });
    const restored = testCard({ createdAt: day('2025-11-02'), columnId: COL.implemented });
    const archive = entry(day('2025-12-01'), 'card.archived', [
      cardChange(
        restored,
        cardRow(restored, { columnId: COL.implemented }),
        cardRow(restored, { columnId: COL.implemented, archivedAt: day('2025-12-01') }),
      ),
    ]);
    const journal = [archive, undoEntry(day('2026-01-03'), archive)];
    const quarters = implementedPerQuarter(cardHistory(journal, [made, restored]), columns, TODAY);
    expect(quarters.map((quarter) => quarter.implemented.count)).toEqual([0, 0]);
  });
});
