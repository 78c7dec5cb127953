/**
 * Bangla letters such as য় and ড় have two Unicode encodings; storing NFC keeps search and
 * equality honest whichever keyboard typed them.
 */
export function normalizeText(value: string): string {
  return value.normalize('NFC');
}

/** Text folded for searching: normalised, case-folded, whitespace collapsed. */
export function foldForSearch(value: string): string {
  return value.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}

const wordSegmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : null;

/**
 * Shortens text to at most `max` user-perceived characters. Slicing a string could split a
 * Bengali conjunct or an emoji in half; grapheme segmentation never does.
 */
export function truncateGraphemes(value: string, max: number): string {
  if (value.length <= max) return value;
  if (!wordSegmenter) return `${value.slice(0, max - 1)}…`;
  let out = '';
  let count = 0;
  for (const { segment } of wordSegmenter.segment(value)) {
    if (count >= max - 1) return `${out.trimEnd()}…`;
    out += segment;
    count += 1;
  }
  return out;
}
