import { STAGE_IDS, type StageId } from '../taxonomy';
import { type ColumnLookup, columnsShown } from './column-lookup';
import type { DashboardCard } from './dashboard-input';
import { addCard, emptyFigure, type Figure } from './figure';

/** A matrix row: a migration-cycle stage, or 'none' for cards tagged with no stage. */
export type StageRow = StageId | 'none';
export const STAGE_ROWS: readonly StageRow[] = [...STAGE_IDS, 'none'];

/**
 * Cards by implementation column (matrix columns) and stage (rows). A card with several stages
 * sits in each of its rows, so cells add up to more than the cards; the totals do not: a row
 * total counts each card once in that row, a column total each card once in that column, and
 * `total` each card once.
 */
export interface ColumnStageMatrix {
  rows: readonly StageRow[];
  /** Board order, then any column a card names that the board no longer shows. */
  columnIds: string[];
  /** cells[row][column], in the order of rows and columnIds. */
  cells: Figure[][];
  rowTotals: Figure[];
  columnTotals: Figure[];
  total: Figure;
}

export function columnStageMatrix(
  cards: readonly DashboardCard[],
  columns: ColumnLookup,
): ColumnStageMatrix {
  const columnIds = columnsShown(
    columns.order,
    cards.map((card) => card.columnId),
  );
  const columnIndex = new Map(columnIds.map((id, index) => [id, index]));
  const rowIndex = new Map(STAGE_ROWS.map((row, index) => [row, index]));
  const noneRow = STAGE_ROWS.length - 1;
  const cells = STAGE_ROWS.map(() => columnIds.map(emptyFigure));
  const rowTotals = STAGE_ROWS.map(emptyFigure);
  const columnTotals = columnIds.map(emptyFigure);
  const total = emptyFigure();

  const countIn = (row: number, column: number, cardId: string) => {
    const cell = cells[row]?.[column];
    const rowTotal = rowTotals[row];
    if (cell === undefined || rowTotal === undefined) return;
    addCard(cell, cardId);
    addCard(rowTotal, cardId);
  };

  for (const card of cards) {
    const column = columnIndex.get(card.columnId) ?? 0;
    const columnTotal = columnTotals[column];
    if (columnTotal !== undefined) addCard(columnTotal, card.id);
    addCard(total, card.id);
    const stages = card.stageIds;
    if (stages.length === 0) countIn(noneRow, column, card.id);
    for (const [index, stage] of stages.entries()) {
      // A stage listed twice on a card still counts the card once in that row.
      if (stages.indexOf(stage) === index) countIn(rowIndex.get(stage) ?? noneRow, column, card.id);
    }
  }
  return { rows: STAGE_ROWS, columnIds, cells, rowTotals, columnTotals, total };
}
