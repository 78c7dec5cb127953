import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testCard } from '../find/test-card';
import type { JournalEntry } from '../journal';
import type { Recommendation } from '../recommendation';
import { STAGE_IDS } from '../taxonomy';
import { historyCards } from './counted-cards';
import { cumulativeFlowCards } from './cumulative-flow';
import { computeDashboard, dashboardHistory, historyOfCards } from './dashboard';
import type { DashboardCard } from './dashboard-input';
import { CARDS, COL } from './fixtures/board-fixture';
import { fixtureInput, JOURNAL, SINCE } from './fixtures/fixture-journal';
import { moveEntry } from './fixtures/journal-builders';

describe('computeDashboard on the fixture', () => {
  const dashboard = computeDashboard(fixtureInput(), { since: SINCE });

  it('counts the seven cards on the board; the archived one is closed', () => {
    expect(dashboard.counted.count).toBe(7);
    expect(dashboard.closed.cardIds).toEqual([CARDS.archived.id]);
    expect(dashboard.byColumnAndStage.total.count).toBe(7);
  });

  it('starts the history at the first state, months by default', () => {
    expect(dashboard.flow.unit).toBe('month');
    expect(dashboard.flow.periods[0]?.start).toBe('2025-02-01');
    expect(dashboard.implementedPerQuarter.at(-1)?.implemented.cardIds).toEqual([
      CARDS.undoneMove.id,
    ]);
  });

  it('has a since section only when asked', () => {
    expect(dashboard.since?.changes.newCards.cardIds).toEqual([CARDS.fresh.id]);
    expect(computeDashboard(fixtureInput()).since).toBeNull();
  });

  it('counts only the cards the filter lets through, in the past too', () => {
    const include = (card: DashboardCard) => card.workshopId === CARDS.archived.workshopId;
    const narrow = computeDashboard(fixtureInput(), { include, unit: 'week' });
    expect(narrow.counted.cardIds).toEqual([CARDS.legacy.id, CARDS.noHistory.id]);
    expect(narrow.closed.cardIds).toEqual([CARDS.archived.id]);
    expect(narrow.implementedPerQuarter.at(-2)?.implemented.cardIds).toEqual([CARDS.archived.id]);
    const history = dashboardHistory(fixtureInput(), include);
    const december = narrow.flow.periods.findIndex((period) => period.start === '2025-12-01');
    expect(cumulativeFlowCards(history, narrow.flow, december, COL.implemented).cardIds).toEqual([
      CARDS.archived.id,
    ]);
  });
});

describe('historyOfCards', () => {
  it('cuts from the whole history what a filtered one holds', () => {
    const input = fixtureInput();
    const include = (card: DashboardCard) => card.workshopId === CARDS.archived.workshopId;
    const cut = historyOfCards(dashboardHistory(input), historyCards(input.cards, include));
    expect(cut).toEqual(dashboardHistory(input, include));
    expect(cut.size).toBeLessThan(input.cards.length);
    expect(historyOfCards(dashboardHistory(input), input.cards)).toEqual(dashboardHistory(input));
  });
});

describe('computeDashboard', () => {
  it('agrees with itself for any board: totals, flow today and the cards counted', () => {
    const columnIds = [COL.triage, COL.accepted, COL.inProgress, COL.implemented, COL.noted];
    const responses: Recommendation['response'][] = ['awaiting', 'accepted', 'noted'];
    const cardArbitrary = fc.record({
      columnId: fc.constantFrom(...columnIds),
      moves: fc.array(fc.constantFrom(...columnIds), { maxLength: 3 }),
      stageIds: fc.array(fc.constantFrom(...STAGE_IDS), { maxLength: 3 }),
      actorIds: fc.array(fc.constantFrom('iom', 'ilo', 'mofa'), { maxLength: 2 }),
      response: fc.constantFrom(...responses),
      archived: fc.boolean(),
      deleted: fc.boolean(),
      createdDay: fc.integer({ min: 0, max: 400 }),
    });
    fc.assert(
      fc.property(fc.array(cardArbitrary, { maxLength: 25 }), (drawn) => {
        const journal: JournalEntry[] = [];
        const cards = drawn.map((fields) => {
          const createdAt = new Date(Date.UTC(2025, 0, 1 + fields.createdDay, 9)).toISOString();
          const card = testCard({
            ...fields,
            createdAt,
            archivedAt: fields.archived ? '2026-03-14T09:00:00.000Z' : null,
            deletedAt: fields.deleted ? '2026-03-14T10:00:00.000Z' : null,
          });
          let from = card.columnId;
          for (const [step, to] of fields.moves.entries()) {
            const at = new Date(Date.parse(createdAt) + (step + 1) * 3_600_000).toISOString();
            journal.push(moveEntry(at, card, from, to));
            from = to;
          }
          return { ...card, columnId: from };
        });
        const input = { ...fixtureInput(), cards, journal };
        const dashboard = computeDashboard(input, { unit: 'week' });
        const onBoard = cards.filter((card) => !card.archivedAt && !card.deletedAt);
        expect(dashboard.counted.count).toBe(onBoard.length);
        expect(dashboard.byColumnAndStage.total.count).toBe(onBoard.length);
        const responses = Object.values(dashboard.byResponse).reduce((n, f) => n + f.count, 0);
        expect(responses).toBe(onBoard.length);
        const today = dashboard.flow.periods.at(-1)?.counts ?? [];
        const live = dashboard.byColumnAndStage.columnTotals.map((figure) => figure.count);
        expect(today.slice(0, live.length)).toEqual(live);
        expect(today.slice(live.length).every((count) => count === 0)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('reads the same whatever order the journal comes in', () => {
    const reversed = { ...fixtureInput(), journal: [...JOURNAL].reverse() };
    expect(computeDashboard(reversed, { since: SINCE })).toEqual(
      computeDashboard(fixtureInput(), { since: SINCE }),
    );
  });
});
