import { matchHeaders } from '../domain/formats/csv-header-match';
import { type CsvTable, parseCsv } from '../domain/formats/csv-import';
import { validateRows } from '../domain/formats/csv-validate-rows';
import type { CsvReadOptions, FileRead } from '../domain/formats/import-plan';
import { readMarkdownReport } from '../domain/formats/markdown-import';

/**
 * A CSV's rows, mapped (automatically, or as the person chose) and checked. A file the parser
 * cannot read at all is refused; a bad row is marked and left out, the rest are kept.
 */
export function readCsvFile(text: string, options: CsvReadOptions): FileRead {
  return readTable(parseCsv(text), 'csv', options);
}

/**
 * Recboard's Markdown report, each card a row (markdown-import.ts), then read as a CSV is: the
 * same mapping, checks and unknown names. Its rows are numbered by the line a card starts on.
 */
export function readMarkdownFile(text: string, options: CsvReadOptions): FileRead {
  const columnNames = options.vocab.columns.map((column) => column.name);
  return readTable(readMarkdownReport(text, options.reportWords, columnNames), 'markdown', options);
}

function readTable(table: CsvTable, source: 'csv' | 'markdown', options: CsvReadOptions): FileRead {
  const refusal = table.problems.filter((problem) => problem.effect === 'file_refused');
  if (refusal.length > 0) {
    return { ok: false, problems: refusal.map((problem) => ({ code: 'csv', problem })) };
  }
  const mapping = options.mapping ?? matchHeaders(table.headers, options.extraHeaders);
  // No column for the text refuses nothing yet: the person may map one by hand.
  const validated = validateRows(table, mapping, options.vocab);
  const { rows, problems, ...unknown } = validated;
  return {
    ok: true,
    format: 'csv',
    source,
    headers: table.headers,
    mapping,
    // A CSV's unreadable rows are rows of the file; a report's problems are lines, not cards.
    recordCount: table.records.length + (source === 'csv' ? table.problems.length : 0),
    rows,
    problems,
    unknown,
  };
}
