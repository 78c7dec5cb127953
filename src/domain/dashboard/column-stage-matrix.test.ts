import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testCard } from '../find/test-card';
import { STAGE_IDS } from '../taxonomy';
import { columnLookup } from './column-lookup';
import { columnStageMatrix, STAGE_ROWS, type StageRow } from './column-stage-matrix';
import { countedCards } from './counted-cards';
import { ALL_CARDS, CARDS, COL, COLUMNS } from './fixtures/board-fixture';

const { backAndForth, undoneMove, legacy, legacyArchived, noHistory } = CARDS;
const { historyFromMove, fresh } = CARDS;

describe('columnStageMatrix on the fixture', () => {
  const matrix = columnStageMatrix(countedCards(ALL_CARDS), columnLookup(COLUMNS));
  const cell = (row: StageRow, column: string) =>
    matrix.cells[STAGE_ROWS.indexOf(row)]?.[matrix.columnIds.indexOf(column)]?.cardIds;

  it('has the board columns in order and a row per stage, then no stage', () => {
    expect(matrix.columnIds).toEqual([
      COL.triage,
      COL.accepted,
      COL.inProgress,
      COL.implemented,
      COL.noted,
    ]);
    expect(matrix.rows).toEqual([...STAGE_IDS, 'none']);
  });

  it('counts a card with several stages in each of them', () => {
    expect(cell('pre_departure', COL.inProgress)).toEqual([backAndForth.id]);
    expect(cell('return', COL.inProgress)).toEqual([backAndForth.id]);
    expect(cell('return', COL.accepted)).toEqual([historyFromMove.id]);
    expect(cell('pre_decision', COL.inProgress)).toEqual([legacy.id]);
    expect(cell('cross_cutting', COL.inProgress)).toEqual([legacy.id]);
    expect(cell('destination', COL.implemented)).toEqual([undoneMove.id]);
    expect(cell('transit', COL.noted)).toEqual([noHistory.id]);
    expect(cell('none', COL.accepted)).toEqual([legacyArchived.id]);
    expect(cell('none', COL.triage)).toEqual([fresh.id]);
    expect(cell('reintegration', COL.accepted)).toEqual([]);
  });

  it('counts each card once in the totals', () => {
    expect(matrix.columnTotals.map((figure) => figure.count)).toEqual([1, 2, 2, 1, 1]);
    expect(matrix.columnTotals[2]?.cardIds).toEqual([backAndForth.id, legacy.id]);
    expect(matrix.rowTotals.map((figure) => figure.count)).toEqual([1, 1, 1, 1, 2, 0, 1, 2]);
    expect(matrix.total.count).toBe(7);
  });
});

describe('columnStageMatrix', () => {
  it('adds a column a card names that the board does not show, after the board columns', () => {
    const stray = testCard({ columnId: 'gone-column', stageIds: ['return', 'return'] });
    const matrix = columnStageMatrix([stray], columnLookup(COLUMNS));
    expect(matrix.columnIds.at(-1)).toBe('gone-column');
    expect(matrix.rowTotals[STAGE_ROWS.indexOf('return')]?.cardIds).toEqual([stray.id]);
  });

  it('keeps its totals true for any cards', () => {
    const columnIds = [COL.triage, COL.accepted, COL.implemented, 'gone-column'];
    const cardArbitrary = fc.record({
      columnId: fc.constantFrom(...columnIds),
      stageIds: fc.array(fc.constantFrom(...STAGE_IDS), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.array(cardArbitrary, { maxLength: 40 }), (fields) => {
        const cards = fields.map((field) => testCard(field));
        const matrix = columnStageMatrix(cards, columnLookup(COLUMNS));
        const sum = (figures: { count: number }[]) => figures.reduce((n, f) => n + f.count, 0);
        expect(matrix.total.count).toBe(cards.length);
        expect(sum(matrix.columnTotals)).toBe(cards.length);
        for (const [index, row] of matrix.cells.entries()) {
          expect(sum(row)).toBe(matrix.rowTotals[index]?.count);
        }
        const distinctStages = cards.map((card) => Math.max(1, new Set(card.stageIds).size));
        expect(sum(matrix.rowTotals)).toBe(distinctStages.reduce((n, k) => n + k, 0));
      }),
    );
  });
});
