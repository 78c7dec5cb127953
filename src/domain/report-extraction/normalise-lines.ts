import { parseMarker } from './markers';

/**
 * Splits the (NFC) report into lines that know their page and their offsets, and marks what
 * a PDF adds that is not the report's text: bare page numbers and running headers/footers.
 */

export type LineKind = 'text' | 'blank' | 'noise';

export interface SourceLine {
  /** Offsets into the NFC text of the first and after the last non-space character. */
  start: number;
  end: number;
  /** Where the untrimmed line begins, so column positions in tables can be measured. */
  lineStart: number;
  /** The line without its surrounding spaces. */
  text: string;
  /** The line as printed (tabs and alignment kept). */
  raw: string;
  page: number;
  kind: LineKind;
}

export interface LineSet {
  lines: SourceLine[];
  pageCount: number;
  /** Whether page breaks were seen (form feeds or page-number lines). */
  paged: boolean;
}

const PAGE_NUMBER = [
  /^[-–—]?\s*[\d০-৯]{1,3}\s*[-–—]?$/,
  /^(?:page|p\.?|pg\.?)\s*[\d০-৯]{1,3}(?:\s*(?:of|\/)\s*[\d০-৯]{1,4})?$/i,
  /^[\d০-৯]{1,3}\s*(?:\/|of)\s*[\d০-৯]{1,4}$/i,
  /^[\d০-৯]{1,3}\s*\|\s*page$/i,
  /^page\s*\|\s*[\d০-৯]{1,3}$/i,
  /^[ivxl]{1,6}$/,
];

/** The longest page-number line ("Page 123 of 1234"), so longer lines skip the patterns. */
const LONGEST_PAGE_NUMBER = 20;

export function isPageNumber(text: string): boolean {
  return text.length <= LONGEST_PAGE_NUMBER && PAGE_NUMBER.some((pattern) => pattern.test(text));
}

/** The value a page-number line states, when it states one in Western digits. */
function statedPage(text: string): number | null {
  const match = /\d{1,3}/.exec(text);
  return match ? Number(match[0]) : null;
}

export function normaliseLines(text: string): LineSet {
  const lines = splitLines(text);
  const hasFormFeeds = text.includes('\f');
  if (!hasFormFeeds) paginateByPageNumbers(lines);
  const pageCount = lines.reduce((max, line) => Math.max(max, line.page), 1);
  const paged = hasFormFeeds || lines.some((line) => line.kind === 'noise');
  markRunningLines(lines, paged);
  return { lines, pageCount, paged };
}

function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  const breaks = /\r\n|[\n\r\f]/g;
  let page = 1;
  let lineStart = 0;
  for (;;) {
    const match = breaks.exec(text);
    const lineEnd = match ? match.index : text.length;
    lines.push(makeLine(text, lineStart, lineEnd, page));
    if (!match) break;
    if (match[0] === '\f') page += 1;
    lineStart = lineEnd + match[0].length;
  }
  return lines;
}

function makeLine(text: string, lineStart: number, lineEnd: number, page: number): SourceLine {
  const raw = text.slice(lineStart, lineEnd);
  const leading = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  const start = lineStart + leading;
  const kind: LineKind = trimmed === '' ? 'blank' : isPageNumber(trimmed) ? 'noise' : 'text';
  return { start, end: start + trimmed.length, lineStart, text: trimmed, raw, page, kind };
}

/**
 * Without form feeds, page-number lines are the page breaks. A number printed before any
 * content is a header (the page begins there); otherwise it is a footer (the page ends there).
 */
function paginateByPageNumbers(lines: SourceLine[]): void {
  const first = lines.findIndex((line) => line.kind === 'noise');
  if (first < 0) return;
  const contentBefore = lines.slice(0, first).filter((line) => line.kind === 'text').length;
  const headerMode = contentBefore <= 3;
  let page = 1;
  for (const line of lines) {
    if (line.kind === 'noise') {
      const stated = statedPage(line.text);
      if (headerMode) {
        page = stated !== null && stated > page ? stated : page + (line === lines[first] ? 0 : 1);
        line.page = page;
      } else {
        line.page = page;
        page = stated !== null && stated >= page ? stated + 1 : page + 1;
      }
    } else {
      line.page = page;
    }
  }
}

/** Lines within this many text lines of a page edge can be running headers or footers. */
const EDGE = 3;
const MIN_REPEATS = 3;

function runningKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\d০-৯]+/g, '#')
    .replace(/\s+/g, ' ');
}

function markRunningLines(lines: SourceLine[], paged: boolean): void {
  const atEdge = paged ? pageEdges(lines) : new Set<SourceLine>();
  const seen = new Map<string, SourceLine[]>();
  for (const line of lines) {
    // Running headers and footers are short and never list items.
    if (line.kind !== 'text' || line.text.length > 120 || parseMarker(line.text)) continue;
    const key = runningKey(line.text);
    const group = seen.get(key);
    if (group) group.push(line);
    else seen.set(key, [line]);
  }
  for (const [key, group] of seen) {
    if (group.length < MIN_REPEATS || key.endsWith(':')) continue;
    const pages = new Set(group.map((line) => line.page)).size;
    const edgeShare = group.filter((line) => atEdge.has(line)).length / group.length;
    const words = key.split(' ').length;
    // Unpaged, a repeated short heading ("Open discussion") must survive: demand a longer line.
    const running = paged
      ? pages >= MIN_REPEATS && edgeShare >= 2 / 3
      : words >= 4 || (key.includes('#') && words >= 3);
    if (running) for (const line of group) line.kind = 'noise';
  }
}

function pageEdges(lines: SourceLine[]): Set<SourceLine> {
  const byPage = new Map<number, SourceLine[]>();
  for (const line of lines) {
    if (line.kind !== 'text') continue;
    const group = byPage.get(line.page);
    if (group) group.push(line);
    else byPage.set(line.page, [line]);
  }
  const edges = new Set<SourceLine>();
  for (const group of byPage.values()) {
    for (const line of group.slice(0, EDGE)) edges.add(line);
    for (const line of group.slice(-EDGE)) edges.add(line);
  }
  return edges;
}
