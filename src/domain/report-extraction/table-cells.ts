/**
 * Cells of a printed table row, and the header that makes a table a management-response
 * matrix. Columns are split by pipes (Markdown), tabs (Word) or runs of 2+ spaces (PDF).
 */

export type ColumnSeparator = 'pipe' | 'tab' | 'spaces';

export interface Cell {
  text: string;
  /** Index in the raw line where the trimmed cell begins. */
  at: number;
}

export function separatorOf(raw: string): ColumnSeparator | null {
  if (/\|.*\|/.test(raw) || /^\s*\|/.test(raw)) return 'pipe';
  if (raw.trim().includes('\t')) return 'tab';
  return / {2,}/.test(raw.trim()) ? 'spaces' : null;
}

function splitOn(raw: string, separator: string): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  for (;;) {
    const at = raw.indexOf(separator, from);
    const piece = raw.slice(from, at < 0 ? raw.length : at);
    const leading = piece.length - piece.trimStart().length;
    cells.push({ text: piece.trim(), at: from + leading });
    if (at < 0) return cells;
    from = at + separator.length;
  }
}

export function splitCells(raw: string, separator: ColumnSeparator): Cell[] {
  if (separator === 'pipe') {
    const cells = splitOn(raw, '|');
    if (cells[0]?.text === '' && /^\s*\|/.test(raw)) cells.shift();
    if (cells.at(-1)?.text === '' && /\|\s*$/.test(raw)) cells.pop();
    return cells;
  }
  if (separator === 'tab') {
    const leading = raw.length - raw.trimStart().length;
    return splitOn(raw.trimEnd().slice(leading), '\t').map((cell) => ({
      text: cell.text,
      at: cell.at + leading,
    }));
  }
  return Array.from(raw.matchAll(/\S+(?: \S+)*/g), (match) => ({
    text: match[0],
    at: match.index,
  }));
}

export interface MatrixColumns {
  recommendation: number;
  toWhom: number | null;
  response: number | null;
}

const RECOMMENDATION = /recommend/i;
const TO_WHOM =
  /to whom|responsib|\blead\b|actors?\b|agenc|owner|by whom|addressed|implement|focal|ministr/i;
const RESPONSE = /response|status|comment|remarks|progress/i;

/** The matrix columns a header row names, or null when the row is not such a header. */
export function matrixColumns(cells: readonly Cell[]): MatrixColumns | null {
  const texts = cells.map((cell) => cell.text);
  if (texts.filter((text) => text !== '').length < 2) return null;
  if (texts.some((text) => text.split(/\s+/).length > 6)) return null;
  const recommendation = texts.findIndex((text) => RECOMMENDATION.test(text));
  if (recommendation < 0) return null;
  const find = (pattern: RegExp, unless: RegExp | null) => {
    const index = texts.findIndex(
      (text, i) => i !== recommendation && pattern.test(text) && !unless?.test(text),
    );
    return index < 0 ? null : index;
  };
  // "Implementation status" names the response, not the implementer.
  const toWhom = find(TO_WHOM, RESPONSE);
  const response = find(RESPONSE, null);
  if (toWhom === null && response === null) return null;
  return { recommendation, toWhom, response };
}

/** Markdown's |---|:---| line under the header. */
export function isRuleRow(raw: string): boolean {
  return /^[\s|:+-]+$/.test(raw) && raw.includes('-');
}
