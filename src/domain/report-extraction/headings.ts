import { hasForceWords, hasNeutralWords, readCues } from './cues';
import { parseMarker } from './markers';
import type { SourceLine } from './normalise-lines';

/** Whether the lists under a heading are recommendations without each item saying so. */
export type HeadingForce = 'forceful' | 'neutral' | 'plain';

export interface Heading {
  /** The heading's words, without '#', bold marks, numbering or a final colon. */
  text: string;
  /** 1 is the top (and all-capitals headings); unmarked title-case headings are 2. */
  level: number;
  /** The level comes from markup or numbering, so two headings of it are truly siblings. */
  structural: boolean;
  force: HeadingForce;
}

export interface HeadingContext {
  /** The line before is blank, a heading, or the start of the document. */
  afterBreak: boolean;
  /** The next line that is not noise (null at the end). */
  next: SourceLine | null;
  /** The next line with text (null at the end). */
  nextText: SourceLine | null;
}

const FUNCTION_WORDS = new Set(
  'a an the of and or for on in at to by with from as vs its their into under between among towards de & -'.split(
    ' ',
  ),
);
const MARKDOWN_HEADING = /^(#{1,6})\s+(.*)$/;
const BOLD_LINE = /^(?:\*\*|__)(.+?)(?:\*\*|__):?$/;

function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== '');
}

function isAllCaps(text: string): boolean {
  if (/[a-z]/.test(text)) return false;
  const latin = text.replace(/[^A-Z]/g, '');
  return latin.length >= 3;
}

/** Most content words capitalised: a heading or a topic name rather than a sentence. */
export function isTitleCase(text: string): boolean {
  const content = words(text).filter((word) => !FUNCTION_WORDS.has(word.toLowerCase()));
  const first = content[0];
  if (!first || !/^[\p{Lu}\d("'“]/u.test(first)) return false;
  const capitalised = content.filter((word) => /^[\p{Lu}\d("'“]/u.test(word)).length;
  return capitalised / content.length >= 0.75;
}

/** Scripts without case (Bangla) cannot be told by capitals; a short line must do. */
function isUncased(text: string): boolean {
  return /\p{L}/u.test(text) && !/[A-Za-z]/.test(text);
}

function headingShaped(text: string): boolean {
  const count = words(text).length;
  if (count === 0 || count > 12 || text.length > 100) return false;
  // A sentence ends in a full stop or a danda (।): it is not a heading.
  if (/[.,;।]$/.test(text) || !/\p{L}/u.test(text)) return false;
  // "Way forward" is a heading; "The participants recommended:" is a sentence leading in.
  const short = count <= 5 && /^[\p{Lu}\p{Lo}]/u.test(text) && readCues(text).strength === null;
  return (
    isAllCaps(text) ||
    isTitleCase(text) ||
    (isUncased(text) && count <= 8) ||
    (short && (hasForceWords(text) || hasNeutralWords(text)))
  );
}

function forceOf(text: string): HeadingForce {
  if (hasForceWords(text)) return 'forceful';
  return hasNeutralWords(text) ? 'neutral' : 'plain';
}

function heading(text: string, level: number, structural: boolean): Heading {
  const clean = text.replace(/:$/, '').trim();
  return { text: clean, level, structural, force: forceOf(clean) };
}

export function readHeading(line: SourceLine, context: HeadingContext): Heading | null {
  const markdown = MARKDOWN_HEADING.exec(line.text);
  if (markdown) return heading(markdown[2] ?? '', (markdown[1] ?? '#').length, true);
  if (!context.afterBreak) return null;
  const bold = BOLD_LINE.exec(line.text);
  if (bold && words(bold[1] ?? '').length <= 12) return heading(bold[1] ?? '', 2, false);
  const marker = parseMarker(line.text);
  if (marker) return numberedHeading(line, marker.style, marker.textOffset, context, marker.depth);
  if (!headingShaped(line.text)) return null;
  const next = context.next;
  const nextBreaks = !next || next.kind === 'blank' || parseMarker(next.text) !== null;
  const count = words(line.text).length;
  const last = words(line.text).at(-1)?.toLowerCase() ?? '';
  const compact = count <= 8 && !line.text.includes(',') && !FUNCTION_WORDS.has(last);
  const clear =
    isAllCaps(line.text) ||
    line.text.endsWith(':') ||
    hasForceWords(line.text) ||
    hasNeutralWords(line.text);
  if (!nextBreaks && !clear && !compact) return null;
  // Capitals mark a top-level heading as plainly as numbering does: two are siblings.
  const caps = isAllCaps(line.text);
  return heading(line.text, caps ? 1 : 2, caps);
}

function numberedHeading(
  line: SourceLine,
  style: string,
  textOffset: number,
  context: HeadingContext,
  depth: number,
): Heading | null {
  if (style === 'bullet' || style === 'letter') return null;
  const rest = line.text.slice(textOffset).trim();
  if (rest === '' || !headingShaped(rest)) return null;
  if (style === 'number') {
    const lexical = words(rest).length <= 5 && (hasForceWords(rest) || hasNeutralWords(rest));
    const next = context.nextText;
    const nextMarker = next ? parseMarker(next.text) : null;
    // Numbered title-case items of one list follow each other; a section number stands alone.
    if (!lexical && nextMarker?.style === 'number') return null;
    if (!lexical && !isTitleCase(rest) && !isAllCaps(rest)) return null;
  }
  return heading(rest, style === 'roman' ? 1 : depth, true);
}
