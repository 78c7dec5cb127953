import { type ParseError, parse } from 'papaparse';
import { normalizeText } from '../../lib/text';
import { restoreCell } from './csv-neutralise';
import { fileProblem, type ImportProblem } from './import-problem';

/** Larger files would hold the tab for seconds and the whole text in memory twice. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** A data row of the file, numbered as a spreadsheet shows it (the header is row 1). */
export interface CsvRecord {
  row: number;
  cells: string[];
}

export interface CsvTable {
  /** Header cells, NFC-normalised and trimmed. */
  headers: string[];
  records: CsvRecord[];
  delimiter: string;
  /** Rows the parser could not read, and file-wide problems. */
  problems: ImportProblem[];
}

/** Checked before reading the file, from its size alone. */
export function checkImportSize(bytes: number): ImportProblem | null {
  return bytes > MAX_IMPORT_BYTES ? fileProblem('file_too_large', MAX_IMPORT_BYTES) : null;
}

/** The file's text, read as UTF-8; a file in another encoding is refused, not garbled. */
export function decodeCsvBytes(bytes: Uint8Array): string | ImportProblem {
  const sizeProblem = checkImportSize(bytes.byteLength);
  if (sizeProblem) return sizeProblem;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fileProblem('not_utf8');
  }
}

/**
 * Reads a CSV with whatever delimiter papaparse detects (comma, semicolon, tab…). Blank lines
 * are passed over but still counted, so row numbers match the spreadsheet's.
 */
export function parseCsv(input: string): CsvTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim().length === 0) return emptyTable(',', [fileProblem('empty_file')]);
  // Detection ignores blank lines only when told to skip them, so it gets its own short pass.
  const delimiter = parse<string[]>(text, { preview: 100, skipEmptyLines: true }).meta.delimiter;
  const { data, errors } = parse<string[]>(text, { delimiter, skipEmptyLines: false });

  const problems: ImportProblem[] = [];
  const broken = new Set<number>();
  for (const error of errors) {
    const problem = quoteProblem(error);
    if (!problem || problem.row === null || broken.has(problem.row)) continue;
    broken.add(problem.row);
    problems.push(problem);
  }
  const headerCells = data[0] ?? [];
  if (broken.has(1)) return emptyTable(delimiter, problems.map(refuseFile));
  const headers = headerCells.map(cleanCell);

  const records: CsvRecord[] = [];
  for (let index = 1; index < data.length; index += 1) {
    const row = index + 1;
    const cells = data[index] ?? [];
    if (broken.has(row) || cells.every((cell) => cell.trim() === '')) continue;
    if (!fitsHeader(cells, headers.length)) {
      const value = cells.join(delimiter);
      problems.push({ code: 'wrong_field_count', effect: 'row_skipped', row, column: null, value });
      continue;
    }
    records.push({ row, cells });
  }
  if (records.length === 0 && problems.length === 0) problems.push(fileProblem('no_data_rows'));
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { headers, records, delimiter, problems };
}

function emptyTable(delimiter: string, problems: ImportProblem[]): CsvTable {
  return { headers: [], records: [], delimiter, problems };
}

/** Header text as the person typed it: export's formula prefix undone, NFC, trimmed. */
function cleanCell(cell: string): string {
  return normalizeText(restoreCell(cell)).trim();
}

/** Spreadsheets sometimes pad rows with empty cells past the last column; those are harmless. */
function fitsHeader(cells: readonly string[], width: number): boolean {
  if (cells.length === width) return true;
  return cells.length > width && cells.slice(width).every((cell) => cell.trim() === '');
}

function quoteProblem(error: ParseError): ImportProblem | null {
  if (error.type !== 'Quotes' || error.row === undefined) return null;
  const code = error.code === 'MissingQuotes' ? 'unclosed_quote' : 'malformed_quote';
  return { code, effect: 'row_skipped', row: error.row + 1, column: null, value: null };
}

function refuseFile(problem: ImportProblem): ImportProblem {
  return { ...problem, effect: 'file_refused' };
}
