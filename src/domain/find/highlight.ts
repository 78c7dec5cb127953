import { keyWithOffsets } from './key-offsets';
import { forEachKeyWord, searchWords } from './search-key';

/** A range of the original text, [start, end) in UTF-16 offsets, as String.slice takes. */
export type TextRange = [start: number, end: number];

/**
 * Where the query's words are in a text, to mark them: the same rule as SearchIndex.search
 * (each query word as the start of a word), in offsets of the ORIGINAL
 * text, sorted, merged where they touch. A range covers whole characters with their marks and
 * whole Bangla conjuncts, so wrapping it in <mark> never splits one. Ranges are for React text
 * nodes: nothing here builds HTML.
 */
export function highlightRanges(text: string, query: string): TextRange[] {
  const words = searchWords(query);
  if (words.length === 0 || text.length === 0) return [];
  const { key, starts, ends } = keyWithOffsets(text);
  const ranges: TextRange[] = [];
  forEachKeyWord(key, (start, end) => {
    const word = key.slice(start, end);
    // The longest query word this word starts with is the part to mark.
    const length = Math.max(0, ...words.filter((w) => word.startsWith(w)).map((w) => w.length));
    const first = starts[start];
    const last = ends[start + length - 1];
    if (length > 0 && first !== undefined && last !== undefined) ranges.push([first, last]);
  });
  return merge(ranges);
}

function merge(ranges: TextRange[]): TextRange[] {
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: TextRange[] = [];
  for (const range of ranges) {
    const previous = merged.at(-1);
    if (previous && range[0] <= previous[1]) previous[1] = Math.max(previous[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
