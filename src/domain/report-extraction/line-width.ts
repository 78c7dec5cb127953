import type { SourceLine } from './normalise-lines';

/**
 * Hard-wrapped text (PDFs) often has no blank line between paragraphs or list items: the
 * break shows only as a line that ends early. A line ends early when the next line's first
 * word would have fitted on it, measured against the width the document wraps at.
 */

/** Below this the text is not wrapped at a width, and no line can be told to end early. */
const MIN_WIDTH = 40;
const WRAP_PERCENTILE = 0.9;

function printedLength(line: SourceLine): number {
  return line.end - line.lineStart;
}

/** The width most lines of the document fill: a high percentile, so a few long lines don't count. */
export function wrapWidth(lines: readonly SourceLine[]): number {
  const lengths = lines
    .filter((line) => line.kind === 'text')
    .map(printedLength)
    .sort((a, b) => a - b);
  return lengths[Math.floor((lengths.length - 1) * WRAP_PERCENTILE)] ?? 0;
}

export function endsEarly(line: SourceLine, next: SourceLine, width: number): boolean {
  if (width < MIN_WIDTH) return false;
  const firstWord = /^\S+/.exec(next.text)?.[0] ?? '';
  return printedLength(line) + 1 + firstWord.length <= width;
}
