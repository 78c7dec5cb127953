/**
 * A run of text as PDF.js reads it off a page (the fields of its TextItem this module uses):
 * `x`, `y` are the baseline's start in page units, y growing upwards.
 */
export interface PdfTextRun {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  hasEOL: boolean;
}

interface PrintedLine {
  text: string;
  y: number;
  height: number;
  /** Where the last run ended, to measure the gap before the next one. */
  end: number;
}

/** Font sizes are unknown for runs of zero height (some generators): a common body size. */
const FALLBACK_HEIGHT = 10;
/** A gap wider than this many average character widths is a column gap (table cells). */
const MAX_SPACES = 40;

/**
 * A page's text as the extractor reads plain text: one line per printed line, a blank line
 * where the page leaves vertical space (a paragraph break) or jumps back up (a new column),
 * and runs of spaces where a line has wide gaps, so table columns stay apart.
 */
export function pageText(runs: readonly PdfTextRun[]): string {
  const lines = printedLines(runs);
  const out: string[] = [];
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    if (previous) {
      const drop = previous.y - line.y;
      const leading = Math.max(previous.height, line.height);
      if (drop < 0 || drop > leading * 1.6) out.push('');
    }
    out.push(line.text.trimEnd());
  });
  return out.join('\n');
}

function printedLines(runs: readonly PdfTextRun[]): PrintedLine[] {
  const lines: PrintedLine[] = [];
  let current: PrintedLine | null = null;
  for (const run of runs) {
    const height = run.height > 0 ? run.height : FALLBACK_HEIGHT;
    if (current && Math.abs(run.y - current.y) > Math.max(current.height, height) * 0.5) {
      lines.push(current);
      current = null;
    }
    if (run.str !== '') {
      if (!current) current = { text: '', y: run.y, height, end: run.x };
      current.text += spacesBefore(current, run, height) + run.str;
      current.end = run.x + run.width;
      current.height = Math.max(current.height, height);
    }
    if (run.hasEOL && current) {
      lines.push(current);
      current = null;
    }
  }
  if (current) lines.push(current);
  return lines.filter((line) => line.text.trim() !== '');
}

function spacesBefore(line: PrintedLine, run: PdfTextRun, height: number): string {
  if (line.text === '') return '';
  const gap = run.x - line.end;
  const charWidth = height * 0.5;
  if (gap < charWidth * 0.3) return '';
  const spaces = Math.min(MAX_SPACES, Math.max(1, Math.round(gap / charWidth)));
  const hasSpace = /\s$/.test(line.text) || /^\s/.test(run.str);
  if (spaces === 1) return hasSpace ? '' : ' ';
  return ' '.repeat(spaces);
}
