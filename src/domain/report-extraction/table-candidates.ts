import type { CandidateDraft } from './candidate-draft';
import { TABLE_ROW_CONFIDENCE } from './confidence';
import { sliceJoined } from './joined-text';
import { formatLocator } from './locator';
import type { ParsedTable } from './tables';

/** Each row of a management-response matrix, with its "To whom" and "Response" cells. */

const ROW_NUMBER = /^(?:\(?\d{1,3}[.)]?|\(?[a-z][.)])\s+/u;

function cellText(table: ParsedTable, row: number, column: number | null): string | null {
  if (column === null) return null;
  const text = table.rows[row]?.cells[column]?.text.replace(/\s+/g, ' ').trim() ?? '';
  return text === '' ? null : text;
}

export function tableDrafts(table: ParsedTable, paged: boolean): CandidateDraft[] {
  const { columns } = table;
  return table.rows.flatMap((row, index) => {
    const cell = row.cells[columns.recommendation];
    if (!cell) return [];
    const number = ROW_NUMBER.exec(cell.text);
    const body = number ? sliceJoined(cell, number[0].length, cell.text.length) : cell;
    if (body.text.trim() === '') return [];
    return [
      {
        body,
        from: 0,
        to: body.text.length,
        form: 'table' as const,
        confidence: TABLE_ROW_CONFIDENCE,
        raisedBy: null,
        locator: formatLocator({ kind: 'table', page: row.page, row: index + 1 }, paged),
        toWhom: cellText(table, index, columns.toWhom),
        response: cellText(table, index, columns.response),
      },
    ];
  });
}
