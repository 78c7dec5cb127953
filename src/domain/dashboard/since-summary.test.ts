import { describe, expect, it } from 'vitest';
import { cardHistory } from './card-history';
import { columnLookup } from './column-lookup';
import { countedCards } from './counted-cards';
import { ALL_CARDS, CARDS, COL, COLUMNS, TODAY } from './fixtures/board-fixture';
import { JOURNAL, SINCE } from './fixtures/fixture-journal';
import { sinceChanges } from './since-changes';
import { sinceSummary } from './since-summary';

const { backAndForth, historyFromMove, fresh } = CARDS;

describe('sinceSummary on the fixture', () => {
  const cards = countedCards(ALL_CARDS);
  const columns = columnLookup(COLUMNS);
  const changes = sinceChanges(
    cards,
    cardHistory(JOURNAL, ALL_CARDS),
    JOURNAL,
    columns,
    SINCE,
    TODAY,
  );
  const summary = sinceSummary(changes, cards, columns.order);

  it('keeps the four sections in a fixed order, with their counts', () => {
    expect(summary.sections.map((section) => [section.kind, section.figure.count])).toEqual([
      ['moved', 2],
      ['notes', 1],
      ['newly_overdue', 2],
      ['new_cards', 1],
    ]);
    expect([summary.since, summary.today]).toEqual(['2026-03-01', '2026-03-15']);
  });

  it('groups moves by the column they went to, in board order, and the rest by card', () => {
    const [moved, notes, overdue, made] = summary.sections;
    expect(moved?.kind === 'moved' && moved.byColumn.map((group) => group.toColumnId)).toEqual([
      COL.accepted,
      COL.inProgress,
    ]);
    expect(notes?.kind === 'notes' && notes.byCard).toEqual([
      { cardId: backAndForth.id, noteIds: ['01900000-0000-7000-8000-000000000092'] },
    ]);
    expect(overdue?.kind === 'newly_overdue' && overdue.cards).toEqual([
      { cardId: backAndForth.id, dueDate: '2026-03-10' },
      { cardId: historyFromMove.id, dueDate: '2026-03-12' },
    ]);
    expect(made?.kind === 'new_cards' && made.byColumn).toEqual([
      { columnId: COL.triage, cardIds: [fresh.id] },
    ]);
  });
});
