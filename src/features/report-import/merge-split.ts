import { escapeRegExp } from './escape-reg-exp';
import type { ReviewItem, SourceRange } from './review-items';

/*
 * Merging and splitting candidates. The extractor can cut one recommendation in two (a page
 * break) or take two for one (a long list item); the person fixes it on the review screen.
 */

const union = <T>(a: readonly T[], b: readonly T[]): T[] => [...new Set([...a, ...b])];

/** Two neighbouring candidates as one: text joined, passages and locators joined, tags unioned. */
export function mergeItems(first: ReviewItem, second: ReviewItem): ReviewItem {
  return {
    ...first,
    chosen: first.chosen || second.chosen,
    confidence: Math.max(first.confidence, second.confidence),
    text: `${first.text.trimEnd()} ${second.text.trimStart()}`,
    raisedBy: joinDistinct(first.raisedBy, second.raisedBy),
    locator: joinLocators(first.locator, second.locator),
    ranges: [...first.ranges, ...second.ranges],
    stageIds: union(first.stageIds, second.stageIds),
    actorIds: union(first.actorIds, second.actorIds),
    leadActorId: first.leadActorId ?? second.leadActorId,
    gcmObjectives: union(first.gcmObjectives, second.gcmObjectives).sort((a, b) => a - b),
  };
}

function joinDistinct(a: string, b: string): string {
  if (a === '' || a === b) return b === '' ? a : b;
  return b === '' ? a : `${a}; ${b}`;
}

const NUMBERED = /^(.*?)(\d+)(?:–(\d+))?$/;

/** 'p. 1, para 2' and 'p. 1, para 3' make 'p. 1, para 2–3'; other pairs are listed. */
export function joinLocators(a: string, b: string): string {
  if (a === b || b === '') return a;
  if (a === '') return b;
  const first = NUMBERED.exec(a);
  const second = NUMBERED.exec(b);
  if (first && second && first[1] === second[1] && second[3] === undefined) {
    return `${first[1]}${first[2]}–${second[2]}`;
  }
  return `${a}; ${b}`;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The grapheme boundary nearest `at`, so a split never cuts a Bangla conjunct in two. */
export function graphemeBoundary(text: string, at: number): number {
  let best = 0;
  for (const { index } of graphemes.segment(text)) {
    if (Math.abs(index - at) < Math.abs(best - at)) best = index;
    if (index > at) break;
  }
  return Math.abs(text.length - at) < Math.abs(best - at) ? text.length : best;
}

const ABBREVIATION = /(?:\b(?:Mr|Ms|Mrs|Dr|Prof|No|St|Govt|etc|vs|e\.g|i\.e)|\b\p{Lu})\.$/u;

/** Where the text's sentences end (after the space), abbreviations such as 'Ms.' skipped. */
export function sentenceBoundaries(text: string): number[] {
  const out: number[] = [];
  for (const match of text.matchAll(/[.!?।][”’"')]*\s+(?=[\p{Lu}\p{N}“‘"'(\u0980-\u09FF])/gu)) {
    const end = match.index + match[0].length;
    if (!ABBREVIATION.test(text.slice(0, match.index + 1))) out.push(end);
  }
  return out;
}

/**
 * The candidate as two, at `at` in its text (the cursor), or at the sentence end nearest the
 * middle when the cursor is at either end. Null when either part would be empty.
 */
export function splitItem(
  item: ReviewItem,
  at: number,
  document: string,
  newKey: string,
): [ReviewItem, ReviewItem] | null {
  const text = item.text;
  let point = graphemeBoundary(text, at);
  if (text.slice(0, point).trim() === '' || text.slice(point).trim() === '') {
    const middle = text.length / 2;
    const nearest = sentenceBoundaries(text).sort(
      (a, b) => Math.abs(a - middle) - Math.abs(b - middle),
    )[0];
    if (nearest === undefined) return null;
    point = nearest;
  }
  const head = text.slice(0, point).trim();
  const tail = text.slice(point).trim();
  if (head === '' || tail === '') return null;
  const [headRanges, tailRanges] = splitRanges(
    item.ranges,
    document,
    tail,
    head.length / text.length,
  );
  return [
    { ...item, text: head, ranges: headRanges },
    { ...item, key: newKey, text: tail, ranges: tailRanges },
  ];
}

/**
 * The passages of each part: where the tail's first words stand in the document, else (the
 * text was edited) the same share of the passages as the head has of the text.
 */
function splitRanges(
  ranges: readonly SourceRange[],
  document: string,
  tail: string,
  share: number,
): [SourceRange[], SourceRange[]] {
  const words = tail.split(/\s+/).slice(0, 6).map(escapeRegExp);
  const pattern = new RegExp(words.join('\\s+'), 'u');
  for (let i = 0; i < ranges.length; i += 1) {
    const range = ranges[i];
    if (!range) continue;
    const found = pattern.exec(document.slice(range.start, range.end));
    if (found && (found.index > 0 || i > 0)) {
      const cut = range.start + found.index;
      const head = [...ranges.slice(0, i), { start: range.start, end: cut }];
      const rest = [{ start: cut, end: range.end }, ...ranges.slice(i + 1)];
      return [head.filter((r) => r.end > r.start), rest];
    }
  }
  const total = ranges.reduce((sum, range) => sum + range.end - range.start, 0);
  let left = Math.round(total * share);
  const head: SourceRange[] = [];
  const rest: SourceRange[] = [];
  for (const range of ranges) {
    const length = range.end - range.start;
    if (left >= length) head.push(range);
    else if (left <= 0) rest.push(range);
    else {
      head.push({ start: range.start, end: range.start + left });
      rest.push({ start: range.start + left, end: range.end });
    }
    left -= length;
  }
  return [head, rest];
}
