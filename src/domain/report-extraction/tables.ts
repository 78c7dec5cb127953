import { type JoinedText, JoinedTextBuilder } from './joined-text';
import type { SourceLine } from './normalise-lines';
import {
  type Cell,
  type ColumnSeparator,
  isRuleRow,
  type MatrixColumns,
  matrixColumns,
  separatorOf,
  splitCells,
} from './table-cells';

/**
 * Management-response matrices: a header row naming "Recommendation" and "To whom" or
 * "Response", then one row per recommendation. PDF tables wrap their cells over several
 * lines, so rows are rebuilt from column positions.
 */

export interface TableRow {
  /** One joined text per column of the header. */
  cells: JoinedText[];
  page: number;
}

export interface ParsedTable {
  /** Index of the header line; the table stands there in the document's order. */
  headerLine: number;
  /** Every line index the table takes, header included. */
  lineIndexes: number[];
  columns: MatrixColumns;
  rows: TableRow[];
}

const ROW_NUMBER = /^(?:\d{1,3}[.)]?|[a-z][.)]|[•▪-])(?:\s|$)/;

export function findTables(lines: readonly SourceLine[]): ParsedTable[] {
  const tables: ParsedTable[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (line?.kind !== 'text') continue;
    const separator = separatorOf(line.raw);
    if (!separator) continue;
    const header = splitCells(line.raw, separator);
    const columns = matrixColumns(header);
    if (!columns) continue;
    const region = collectRegion(lines, i + 1, separator, header);
    const rows = buildRows(lines, region, separator, header);
    tables.push({ headerLine: i, lineIndexes: [i, ...region], columns, rows });
    i = region.at(-1) ?? i;
  }
  return tables;
}

function belongs(line: SourceLine, separator: ColumnSeparator, header: Cell[], afterGap: boolean) {
  if (separator === 'pipe') return line.raw.includes('|');
  if (separator === 'tab') return line.raw.trim().includes('\t') || !afterGap;
  const cells = splitCells(line.raw, 'spaces');
  if (cells.length >= 2) return true;
  if (afterGap) return ROW_NUMBER.test(line.text);
  // A lone fragment is a wrapped cell when it stays inside one column.
  const secondColumn = header[1]?.at ?? Number.POSITIVE_INFINITY;
  const cell = cells[0];
  if (!cell) return false;
  return cell.at >= secondColumn - 2 || cell.at + cell.text.length <= secondColumn + 2;
}

/** Line indexes after the header that still belong to the table (noise lines included). */
function collectRegion(
  lines: readonly SourceLine[],
  from: number,
  separator: ColumnSeparator,
  header: Cell[],
): number[] {
  const region: number[] = [];
  let pending: number[] = [];
  for (let j = from; j < lines.length; j += 1) {
    const line = lines[j];
    if (!line) break;
    if (line.kind !== 'text') {
      pending.push(j);
      continue;
    }
    const afterGap = pending.some((k) => lines[k]?.kind === 'blank');
    if (!belongs(line, separator, header, afterGap)) break;
    region.push(...pending, j);
    pending = [];
  }
  return region;
}

function columnAt(position: number, header: readonly Cell[]): number {
  let column = 0;
  header.forEach((cell, index) => {
    if (cell.at <= position + 2) column = index;
  });
  return column;
}

type RowStart = 'numbered' | 'blank' | 'line';

function rowStartRule(lines: readonly SourceLine[], region: number[], header: Cell[]): RowStart {
  const texts = region.flatMap((k) => (lines[k]?.kind === 'text' ? [lines[k]] : []));
  const numbered = texts.some((line) => {
    const first = splitCells(line.raw, 'spaces')[0];
    return first !== undefined && columnAt(first.at, header) === 0 && ROW_NUMBER.test(first.text);
  });
  if (numbered) return 'numbered';
  return region.some((k) => lines[k]?.kind === 'blank') ? 'blank' : 'line';
}

function buildRows(
  lines: readonly SourceLine[],
  region: number[],
  separator: ColumnSeparator,
  header: Cell[],
): TableRow[] {
  const rule = separator === 'spaces' ? rowStartRule(lines, region, header) : 'line';
  const rows: RowInProgress[] = [];
  let sawBlank = false;
  for (const k of region) {
    const line = lines[k];
    if (!line || line.kind === 'noise') continue;
    if (line.kind === 'blank') {
      sawBlank = true;
      continue;
    }
    if (separator === 'pipe' && isRuleRow(line.raw)) continue;
    const cells = placeCells(line, separator, header);
    const current = rows.at(-1);
    const first = cells.find((placed) => placed.column === 0);
    const startsRow =
      !current ||
      (rule === 'numbered' && first !== undefined && ROW_NUMBER.test(first.cell.text)) ||
      (rule === 'blank' && sawBlank) ||
      (rule === 'line' && !continuesRow(line, separator, cells));
    const row = startsRow || !current ? newRow(header, line.page) : current;
    if (row !== current) rows.push(row);
    for (const { cell, column } of cells) {
      const target = column < 0 ? lastFilledColumn(row.builders) : column;
      row.builders[target]?.append(cell.text, line.lineStart + cell.at);
    }
    sawBlank = false;
  }
  return rows.map((row) => ({ cells: row.builders.map((b) => b.build()), page: row.page }));
}

interface RowInProgress {
  builders: JoinedTextBuilder[];
  page: number;
}

function newRow(header: readonly Cell[], page: number): RowInProgress {
  return { builders: header.map(() => new JoinedTextBuilder()), page };
}

function lastFilledColumn(builders: readonly JoinedTextBuilder[]): number {
  for (let k = builders.length - 1; k >= 0; k -= 1) if (!builders[k]?.isEmpty()) return k;
  return 0;
}

interface PlacedCell {
  cell: Cell;
  column: number;
}

function placeCells(line: SourceLine, separator: ColumnSeparator, header: Cell[]): PlacedCell[] {
  const cells = splitCells(line.raw, separator);
  if (separator === 'tab' && cells.length === 1) {
    // A line without tabs inside a Word table continues the last cell that had text (-1).
    return cells.map((cell) => ({ cell, column: -1 }));
  }
  return cells
    .map((cell, index) => ({
      cell,
      column: separator === 'spaces' ? columnAt(cell.at, header) : index,
    }))
    .filter(({ cell, column }) => cell.text !== '' && column < header.length);
}

/** A line whose first column is empty, or starts in lowercase, carries on the row above. */
function continuesRow(line: SourceLine, separator: ColumnSeparator, cells: PlacedCell[]): boolean {
  if (separator === 'tab' && !line.raw.trim().includes('\t')) return true;
  const first = cells.find((placed) => placed.column === 0);
  return first === undefined || /^\p{Ll}/u.test(first.cell.text);
}
