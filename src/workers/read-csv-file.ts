import { matchHeaders } from '../domain/formats/csv-header-match';
import { parseCsv } from '../domain/formats/csv-import';
import { validateRows } from '../domain/formats/csv-validate-rows';
import type { CsvReadOptions, FileRead } from '../domain/formats/import-plan';

/**
 * A CSV's rows, mapped (automatically, or as the person chose) and checked. A file the parser
 * cannot read at all is refused; a bad row is marked and left out, the rest are kept.
 */
export function readCsvFile(text: string, options: CsvReadOptions): FileRead {
  const table = parseCsv(text);
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
    headers: table.headers,
    mapping,
    recordCount: table.records.length + table.problems.length,
    rows,
    problems,
    unknown,
  };
}
