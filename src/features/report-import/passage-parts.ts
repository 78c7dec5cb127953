import type { SourceRange } from './review-items';

/** A piece of the document: plain, or part of the passage in focus. */
export interface PassagePart {
  text: string;
  marked: boolean;
  /** Where the piece starts in the document (a stable React key). */
  start: number;
}

/**
 * The document cut at the passage's edges, for rendering as plain text with <mark>s: the
 * text is never turned into HTML. Ranges may overlap or come unsorted (after merges).
 */
export function passageParts(document: string, ranges: readonly SourceRange[]): PassagePart[] {
  const sorted = ranges
    .map((range) => ({
      start: Math.max(0, Math.min(range.start, document.length)),
      end: Math.max(0, Math.min(range.end, document.length)),
    }))
    .filter((range) => range.end > range.start)
    .sort((a, b) => a.start - b.start);
  const parts: PassagePart[] = [];
  let at = 0;
  for (const range of sorted) {
    const start = Math.max(range.start, at);
    if (range.end <= start) continue;
    if (start > at) parts.push({ text: document.slice(at, start), marked: false, start: at });
    parts.push({ text: document.slice(start, range.end), marked: true, start });
    at = range.end;
  }
  if (at < document.length) parts.push({ text: document.slice(at), marked: false, start: at });
  return parts;
}
