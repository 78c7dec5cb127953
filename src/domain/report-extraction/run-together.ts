import { readCues } from './cues';
import { opensWithAction } from './list-shape';

/**
 * Several recommendations printed as one passage: "(a) … (b) …" in a paragraph, or one
 * sentence "… the following: strengthen X; improve Y; and ensure Z." or "Way forward: – X –
 * Y". Returns where the lead-in and each item stand, or null when it is one passage.
 */

export interface Piece {
  from: number;
  to: number;
}

export interface RunTogether {
  lead: Piece | null;
  items: Piece[];
}

type EnumerationKind = 'letter' | 'roman' | 'digit';

interface InlineMarker {
  at: number;
  end: number;
  label: string;
}

const INLINE_MARKER = /(?<=^|[\s:;,])\(?(?:[a-z]|[ivx]{1,5}|\d{1,2})\)(?=\s)/g;
const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10 };

function romanValue(label: string): number | null {
  if (!/^[ivx]+$/.test(label)) return null;
  let total = 0;
  for (let k = 0; k < label.length; k += 1) {
    const value = ROMAN[label.charAt(k)] ?? 0;
    const next = ROMAN[label.charAt(k + 1)] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

function valueAs(kind: EnumerationKind, label: string): number | null {
  if (kind === 'digit') return /^\d+$/.test(label) ? Number(label) : null;
  if (kind === 'roman') return romanValue(label);
  return /^[a-z]$/.test(label) ? label.charCodeAt(0) - 96 : null;
}

/** The longest run of markers counting 1, 2, 3… in one notation. */
function enumeration(text: string): InlineMarker[] {
  const markers = Array.from(text.matchAll(INLINE_MARKER), (match) => ({
    at: match.index,
    end: match.index + match[0].length,
    label: match[0].replace(/[()]/g, ''),
  }));
  let best: InlineMarker[] = [];
  for (const kind of ['letter', 'roman', 'digit'] as const) {
    const chain: InlineMarker[] = [];
    for (const marker of markers) {
      if (valueAs(kind, marker.label) === chain.length + 1) chain.push(marker);
    }
    if (chain.length > best.length) best = chain;
  }
  return best.length >= 2 ? best : [];
}

function trimmed(text: string, from: number, to: number): Piece | null {
  let start = from;
  let end = to;
  while (start < end && /[\s,;:–—-]/u.test(text.charAt(start))) start += 1;
  const opener = /^(?:and|or|as well as)\s+/i.exec(text.slice(start, end));
  if (opener) start += opener[0].length;
  for (;;) {
    while (end > start && /[\s,;:.–—-]/u.test(text.charAt(end - 1))) end -= 1;
    // Only the tail can end in "and": searching the whole piece would cost its length each time.
    const closer = /\s+(?:and|or)$/i.exec(text.slice(Math.max(start, end - 8), end));
    if (!closer) break;
    end -= closer[0].length;
  }
  return end > start ? { from: start, to: end } : null;
}

function wordCount(text: string, piece: Piece): number {
  return text.slice(piece.from, piece.to).split(/\s+/).length;
}

function piecesBetween(text: string, cuts: number[], ends: number[], stop: number): Piece[] {
  return cuts.flatMap((cut, k) => trimmed(text, ends[k] ?? cut, cuts[k + 1] ?? stop) ?? []);
}

function cutsAt(text: string, from: number, pattern: RegExp): number[] {
  return Array.from(text.slice(from).matchAll(pattern), (match) => from + match.index);
}

/** A paragraph enumerated inline: "The meeting urged (a) … (b) … (c) …". */
export function splitEnumeration(text: string): RunTogether | null {
  const chain = enumeration(text);
  const first = chain[0];
  if (!first) return null;
  const items = piecesBetween(
    text,
    chain.map((marker) => marker.at),
    chain.map((marker) => marker.end),
    text.length,
  );
  return { lead: trimmed(text, 0, first.at), items };
}

/**
 * One sentence holding several items after a colon, split by semicolons or dashes.
 * `forceful`: the sentence stands under a heading or lead-in that carries the call, so three
 * or more semicolon-separated clauses count as items even without a colon before them.
 */
export function splitSeparated(text: string, forceful: boolean): RunTogether | null {
  const colon = /:(?=\s)/.exec(text)?.index ?? -1;
  const leadEnd = colon >= 0 && colon < 300 ? colon + 1 : 0;
  if (leadEnd === 0 && !forceful) return null;
  const items = separatedItems(text, leadEnd);
  if (!items) return null;
  if (leadEnd === 0 && (items.length < 3 || !mostlyActions(text, items))) return null;
  return { lead: leadEnd > 0 ? trimmed(text, 0, leadEnd) : null, items };
}

/** "Cap fees; rate agents; share data" is a list; "A, Chair; B, Officer; C" is a roll-call. */
function mostlyActions(text: string, items: readonly Piece[]): boolean {
  const actions = items.filter((item) => {
    const part = text.slice(item.from, item.to);
    return opensWithAction(part) || readCues(part).strength !== null;
  });
  return actions.length * 2 > items.length;
}

function separatedItems(text: string, from: number): Piece[] | null {
  for (const separator of [/;/g, /(?:^|\s)[–—-](?=\s)/g]) {
    const cuts = cutsAt(text, from, separator);
    const starts = [from, ...cuts];
    const items = piecesBetween(text, starts, [from, ...cuts.map((cut) => cut + 1)], text.length);
    if (items.length >= 2 && items.every((item) => wordCount(text, item) >= 2)) return items;
  }
  return null;
}
