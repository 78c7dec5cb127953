import { type Heading, readHeading } from './headings';
import { type JoinedText, JoinedTextBuilder } from './joined-text';
import { endsEarly, wrapWidth } from './line-width';
import { inlineBulletStarts, type LineMarker, parseMarker } from './markers';
import type { SourceLine } from './normalise-lines';
import type { ParsedTable } from './tables';

/**
 * The report as a sequence of headings, paragraphs, list items and tables, with printed
 * lines joined back: hard wraps, page breaks, hyphenation, and list markers that a
 * two-column PDF prints apart from their text.
 */
export type Block =
  | { kind: 'heading'; heading: Heading; page: number; line: SourceLine }
  | { kind: 'paragraph'; body: JoinedText; page: number }
  | { kind: 'item'; body: JoinedText; page: number; marker: LineMarker }
  | { kind: 'table'; table: ParsedTable; page: number };

interface OpenBlock {
  kind: 'paragraph' | 'item';
  builder: JoinedTextBuilder;
  page: number;
  marker: LineMarker | null;
  /** Column of an indented marker; a line left of it starts something else. */
  markerColumn: number;
  /** The item took a marker printed apart from its text. */
  fromPending: boolean;
}

const ENDS_SENTENCE = /[.!?:;।]["'”’)\]]*$/u;

function endsSentence(open: OpenBlock): boolean {
  // The tail is enough, and testing the whole text at every line would be quadratic.
  return ENDS_SENTENCE.test(open.builder.current().slice(-12));
}

function indentOf(line: SourceLine): number {
  return line.start - line.lineStart;
}

export function buildBlocks(lines: readonly SourceLine[], tables: readonly ParsedTable[]): Block[] {
  const tableAt = new Map(tables.map((table) => [table.headerLine, table]));
  const inTable = new Set(tables.flatMap((table) => table.lineIndexes));
  const blocks: Block[] = [];
  const pending: LineMarker[] = [];
  const width = wrapWidth(lines);
  let open: OpenBlock | null = null;
  let gap = true;
  let lastPage = 1;
  let lastText: SourceLine | null = null;

  const close = () => {
    if (open && !open.builder.isEmpty()) {
      const body = open.builder.build();
      blocks.push(
        open.kind === 'item' && open.marker
          ? { kind: 'item', body, page: open.page, marker: open.marker }
          : { kind: 'paragraph', body, page: open.page },
      );
    }
    open = null;
  };
  const start = (line: SourceLine, marker: LineMarker | null, fromPending: boolean) => {
    close();
    open = {
      kind: marker ? 'item' : 'paragraph',
      builder: new JoinedTextBuilder(),
      page: line.page,
      marker,
      markerColumn: indentOf(line),
      fromPending,
    };
  };

  lines.forEach((line, index) => {
    const table = tableAt.get(index);
    if (table) {
      close();
      pending.length = 0;
      blocks.push({ kind: 'table', table, page: line.page });
      gap = true;
      return;
    }
    if (inTable.has(index) || line.kind === 'noise') return;
    if (line.kind === 'blank') {
      gap = true;
      return;
    }
    const pageBreak = line.page !== lastPage;
    lastPage = line.page;
    const previous = blocks.at(-1);
    const early = lastText !== null && endsEarly(lastText, line, width);
    lastText = line;
    const heading =
      pending.length > 0 && !line.text.startsWith('#')
        ? null
        : readHeading(line, {
            afterBreak:
              gap || pageBreak || early || (open === null && previous?.kind === 'heading'),
            next: nextLine(lines, index, false),
            nextText: nextLine(lines, index, true),
          });
    gap = false;
    if (heading) {
      close();
      pending.length = 0;
      blocks.push({ kind: 'heading', heading, page: line.page, line });
      return;
    }
    const marker = parseMarker(line.text);
    if (marker?.bare) {
      close();
      pending.push(marker);
      return;
    }
    const wasGap = previousWasGap(lines, index);
    let rest = line.text;
    let restStart = line.start;
    if (marker) {
      pending.length = 0;
      start(line, marker, false);
      rest = line.text.slice(marker.textOffset);
      restStart = line.start + marker.textOffset;
    } else if (!open || !continues(open, line, { afterGap: wasGap, pageBreak, early }, pending)) {
      const taken = pending.shift() ?? null;
      start(line, taken, taken !== null);
    }
    appendWithInlineBullets(rest, restStart, line, () => open, start);
  });
  close();
  return blocks;
}

/** Text after each inline "•" becomes an item of its own. */
function appendWithInlineBullets(
  text: string,
  source: number,
  line: SourceLine,
  current: () => OpenBlock | null,
  start: (line: SourceLine, marker: LineMarker | null, fromPending: boolean) => void,
): void {
  const cuts = inlineBulletStarts(text);
  const pieces = [0, ...cuts];
  pieces.forEach((from, k) => {
    const to = pieces[k + 1] ?? text.length;
    const piece = text.slice(from, to);
    const marker = k === 0 ? null : parseMarker(piece);
    if (marker) start(line, marker, false);
    const offset = marker ? marker.textOffset : 0;
    const body = piece.slice(offset).trimEnd();
    const leading = body.length - body.trimStart().length;
    current()?.builder.append(body.trim(), source + from + offset + leading);
  });
}

interface Break {
  afterGap: boolean;
  pageBreak: boolean;
  /** The line before ended early: the next word would have fitted on it. */
  early: boolean;
}

function continues(
  open: OpenBlock,
  line: SourceLine,
  { afterGap, pageBreak, early }: Break,
  pending: readonly LineMarker[],
): boolean {
  const startsLower = /^[\p{Ll}\d(]/u.test(line.text);
  if (afterGap || pageBreak) return !endsSentence(open) && (startsLower || !afterGap);
  if (early && !startsLower) return false;
  if (pending.length > 0 && open.fromPending && endsSentence(open) && !startsLower) return false;
  // An indented item followed by a finished sentence's next line at the margin: the list ended.
  if (open.kind === 'item' && open.markerColumn >= 2 && indentOf(line) < open.markerColumn) {
    return !endsSentence(open);
  }
  return true;
}

function previousWasGap(lines: readonly SourceLine[], index: number): boolean {
  for (let k = index - 1; k >= 0; k -= 1) {
    const line = lines[k];
    if (!line || line.kind === 'text') return false;
    if (line.kind === 'blank') return true;
  }
  return true;
}

function nextLine(lines: readonly SourceLine[], index: number, textOnly: boolean) {
  for (let k = index + 1; k < lines.length; k += 1) {
    const line = lines[k];
    if (!line || line.kind === 'noise') continue;
    if (textOnly && line.kind === 'blank') continue;
    return line;
  }
  return null;
}
