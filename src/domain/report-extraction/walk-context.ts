import type { Heading } from './headings';
import type { MarkerStyle } from './markers';
import type { SourceText } from './source-text';

/**
 * What the extractor knows at a point of the report as it reads it top to bottom: the section
 * it is in and whether that section's heading carries the call, the lead-in the next list
 * hangs from, the list being read, and who is speaking.
 */

export interface Section {
  forceful: boolean;
  /** Under "Agenda", "Participants"…: a list's items count only when they make a call. */
  neutral: boolean;
  level: number;
  structural: boolean;
  name: string | null;
}

export interface LeadIn {
  forceful: boolean;
  name: string | null;
  speaker: string | null;
}

export interface ListState {
  name: string | null;
  forceful: boolean;
  /** Hangs from a neutral heading with no lead-in sentence of its own. */
  neutral: boolean;
  speaker: string | null;
  count: number;
  topStyle: MarkerStyle;
  /** The item whose sub-items are being read ("1. Pre-departure:" then a), b)…). */
  parent: { label: string; forceful: boolean; style: MarkerStyle; count: number } | null;
}

export interface WalkContext {
  source: SourceText;
  paged: boolean;
  section: Section;
  leadIn: LeadIn | null;
  list: ListState | null;
  speaker: string | null;
  paragraphsOnPage: Map<number, number>;
}

export function startContext(source: SourceText, paged: boolean): WalkContext {
  return {
    source,
    paged,
    section: { forceful: false, neutral: false, level: 0, structural: false, name: null },
    leadIn: null,
    list: null,
    speaker: null,
    paragraphsOnPage: new Map(),
  };
}

/**
 * A forceful section runs on through its own sub-headings ("Recommendations" → "Pre-departure")
 * and ends at a neutral heading, a higher one, or a structural sibling (two numbered or
 * all-capitals headings of one level).
 */
export function enterHeading(context: WalkContext, heading: Heading): void {
  const { section } = context;
  const ends =
    heading.force !== 'plain' ||
    heading.level < section.level ||
    (heading.level === section.level && heading.structural && section.structural);
  context.section =
    section.forceful && !ends
      ? { ...section, name: heading.text }
      : {
          forceful: heading.force === 'forceful',
          neutral: heading.force === 'neutral',
          level: heading.level,
          structural: heading.structural,
          name: heading.text,
        };
  context.leadIn = null;
  context.list = null;
  context.speaker = null;
}

/** The paragraph's number on its page, counting paragraphs of prose only. */
export function nextParagraphNumber(context: WalkContext, page: number): number {
  const count = (context.paragraphsOnPage.get(page) ?? 0) + 1;
  context.paragraphsOnPage.set(page, count);
  return count;
}
