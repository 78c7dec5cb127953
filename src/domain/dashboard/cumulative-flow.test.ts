import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testCard } from '../find/test-card';
import type { JournalEntry } from '../journal';
import type { Recommendation } from '../recommendation';
import { cardHistory } from './card-history';
import { columnLookup } from './column-lookup';
import { countedCards } from './counted-cards';
import { cumulativeFlow, cumulativeFlowCards } from './cumulative-flow';
import { ALL_CARDS, CARDS, COL, COLUMNS, TODAY } from './fixtures/board-fixture';
import { JOURNAL } from './fixtures/fixture-journal';
import { moveEntry } from './fixtures/journal-builders';

const columns = columnLookup(COLUMNS);
const history = cardHistory(JOURNAL, ALL_CARDS);

describe('cumulativeFlow by month on the fixture', () => {
  const flow = cumulativeFlow(history, columns, { today: TODAY, unit: 'month' });
  const at = (start: string) => flow.periods.find((period) => period.start === start)?.counts;

  it('runs from the month of the first state to today, the gone column last', () => {
    expect(flow.periods).toHaveLength(14);
    expect(flow.periods[0]).toMatchObject({ start: '2025-02-01', end: '2025-02-28' });
    expect(flow.periods.at(-1)).toMatchObject({ start: '2026-03-01', end: '2026-03-15' });
    expect(flow.columnIds).toEqual([
      COL.triage,
      COL.accepted,
      COL.inProgress,
      COL.implemented,
      COL.noted,
      COL.retired,
    ]);
  });

  it('counts each column at the end of each month', () => {
    // Columns: triage, accepted, in progress, implemented, noted, retired.
    expect(at('2025-02-01')).toEqual([1, 0, 0, 0, 0, 0]);
    expect(at('2025-08-01')).toEqual([1, 0, 0, 0, 0, 0]);
    expect(at('2025-09-01')).toEqual([2, 0, 0, 0, 0, 0]);
    expect(at('2025-10-01')).toEqual([2, 1, 0, 0, 0, 0]);
    expect(at('2025-11-01')).toEqual([1, 3, 0, 1, 0, 0]);
    expect(at('2025-12-01')).toEqual([1, 2, 0, 1, 0, 1]);
    expect(at('2026-01-01')).toEqual([1, 3, 1, 0, 1, 0]);
    expect(at('2026-02-01')).toEqual([1, 1, 1, 2, 1, 0]);
    expect(at('2026-03-01')).toEqual([1, 2, 2, 1, 1, 0]);
  });

  it('opens each count on the cards behind it', () => {
    const december = flow.periods.findIndex((period) => period.start === '2025-12-01');
    expect(cumulativeFlowCards(history, flow, december, COL.accepted).cardIds).toEqual([
      CARDS.undoneMove.id,
      CARDS.legacyArchived.id,
    ]);
    const february = december + 2;
    expect(cumulativeFlowCards(history, flow, february, COL.implemented).cardIds).toEqual([
      CARDS.backAndForth.id,
      CARDS.undoneMove.id,
    ]);
  });
});

describe('cumulativeFlow by week on the fixture', () => {
  const flow = cumulativeFlow(history, columns, { today: TODAY, unit: 'week' });
  const at = (start: string) => flow.periods.find((period) => period.start === start)?.counts;

  it('starts on the Monday before the first state and ends today', () => {
    expect(flow.periods[0]).toMatchObject({ start: '2025-01-27', end: '2025-02-02' });
    expect(flow.periods.at(-1)).toMatchObject({ start: '2026-03-09', end: '2026-03-15' });
  });

  it('counts a move and its undo in the same week as no move', () => {
    expect(at('2025-12-08')).toEqual([1, 2, 0, 1, 0, 1]);
  });

  it('takes a deleted card off in the week of its deletion, and counts a move back', () => {
    // Sunday 15 Feb: deleted is gone at the end of that week; 20 Feb backAndForth is done.
    expect(at('2026-02-09')).toEqual([1, 2, 2, 0, 1, 0]);
    expect(at('2026-02-16')).toEqual([1, 2, 1, 1, 1, 0]);
    expect(at('2026-03-02')).toEqual([1, 1, 2, 1, 1, 0]);
  });
});

describe('cumulativeFlow', () => {
  it('starts at the first journal entry when given, before any card', () => {
    const flow = cumulativeFlow(history, columns, {
      today: TODAY,
      unit: 'quarter',
      from: '2024-12-01',
    });
    expect(flow.periods[0]).toEqual({
      start: '2024-10-01',
      end: '2024-12-31',
      counts: [0, 0, 0, 0, 0, 0],
    });
  });

  it('ends today with the columns as they are, whatever the moves', () => {
    const columnIds = [COL.triage, COL.accepted, COL.implemented, COL.noted];
    const moveArbitrary = fc.record({
      day: fc.integer({ min: 1, max: 28 }),
      to: fc.constantFrom(...columnIds),
    });
    const cardArbitrary = fc.record({
      created: fc.integer({ min: 1, max: 28 }),
      moves: fc.array(moveArbitrary, { maxLength: 5 }),
      archived: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(cardArbitrary, { maxLength: 12 }), (drawn) => {
        const journal: JournalEntry[] = [];
        const cards: Recommendation[] = [];
        for (const { created, moves, archived } of drawn) {
          const day = (n: number) => `2026-02-${String(n).padStart(2, '0')}T09:00:00.000Z`;
          let columnId = COL.triage;
          const card = testCard({ createdAt: day(created), columnId });
          for (const move of [...moves].sort((a, b) => a.day - b.day)) {
            journal.push(moveEntry(day(move.day), card, columnId, move.to));
            columnId = move.to;
          }
          cards.push({ ...card, columnId, archivedAt: archived ? day(28) : null });
        }
        const flow = cumulativeFlow(cardHistory(journal, cards), columns, {
          today: '2026-03-15',
          unit: 'week',
        });
        const expected = flow.columnIds.map(
          (id) => countedCards(cards).filter((card) => card.columnId === id).length,
        );
        expect(flow.periods.at(-1)?.counts).toEqual(expected);
      }),
    );
  });
});
