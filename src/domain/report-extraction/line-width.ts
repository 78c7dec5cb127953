import type { SourceLine } from './normalise-lines';

/**
 * Hard-wrapped text (PDFs) often has no blank line between paragraphs or list items: the
 * break shows only as a line that ends early. A line ends early when the next line's first
 * word would have fitted on it, measured against the width the document wraps at.
 */

/** Below this the text is not wrapped at a width, and no line can be told to end early. */
const MIN_WIDTH = 40;
/**
 * Pages wrap well below this; text whose lines run longer was not wrapped at all (a Word
 * file's text, one paragraph a line), and every line break in it ends a paragraph.
 */
const MAX_WRAP = 140;
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
  if (width > MAX_WRAP) return true;
  const firstWord = /^\S+/.exec(next.text)?.[0] ?? '';
  return printedLength(line) + 1 + firstWord.length <= width;
}
