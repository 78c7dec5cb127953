import type { FileProblem } from '../domain/formats/snapshot-problem';
import type { SnapshotData } from '../domain/snapshot';

/**
 * References a board cannot show without: a card's column, an item's or a note's card. A
 * snapshot carries every column and card its rows name, so a missing one means a damaged file.
 */
export function checkReferences(data: SnapshotData): FileProblem[] {
  const problems: FileProblem[] = [];
  const columns = new Set(data.columns.map((column) => column.id));
  const cards = new Set(data.recommendations.map((card) => card.id));
  data.recommendations.forEach((card, index) => {
    if (!columns.has(card.columnId)) {
      problems.push(missing('recommendations', index, 'columnId', card.columnId));
    }
  });
  for (const table of ['actionItems', 'progressNotes'] as const) {
    data[table].forEach((row, index) => {
      if (!cards.has(row.recommendationId)) {
        problems.push(missing(table, index, 'recommendationId', row.recommendationId));
      }
    });
  }
  return problems;
}

function missing(table: string, index: number, field: string, id: string): FileProblem {
  return { code: 'missing_reference', table, record: index + 1, field, id };
}
