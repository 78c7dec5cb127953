/**
 * The input as the extractor reads it: NFC, with a way back to offsets in the text as given.
 * Offsets must point into the original so the UI can highlight the passage, yet the rules
 * must see one encoding of য় and ড়. NFC never composes across a grapheme boundary, so each
 * grapheme is normalised on its own and mapped to where it began. Soft hyphens and byte-order
 * marks are dropped here, so no rule has to step over them.
 */
export interface SourceText {
  /** The NFC text every later step reads. */
  text: string;
  /** The offset in the original input of the character at `index` of `text`. */
  toOriginal(index: number): number;
}

const graphemes =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : null;

const INVISIBLE = /[\u00AD\uFEFF]/g;

export function toSourceText(input: string): SourceText {
  const text = input.normalize('NFC').replace(INVISIBLE, '');
  if (text === input) return { text, toOriginal: (index) => index };
  if (!graphemes) return proportional(input, text);
  const starts = new Int32Array(text.length + 1);
  let at = 0;
  for (const { segment, index } of graphemes.segment(input)) {
    const normalised = segment.normalize('NFC').replace(INVISIBLE, '');
    for (let k = 0; k < normalised.length && at < text.length; k += 1) {
      starts[at] = index;
      at += 1;
    }
  }
  // Any shortfall (a composition across graphemes) maps to the end rather than throwing.
  for (; at <= text.length; at += 1) starts[at] = input.length;
  return {
    text,
    toOriginal: (index) => starts[Math.max(0, Math.min(index, text.length))] ?? input.length,
  };
}

/** Without Intl.Segmenter (old engines) offsets are scaled: close enough to highlight. */
function proportional(input: string, text: string): SourceText {
  const ratio = input.length / Math.max(1, text.length);
  return { text, toOriginal: (index) => Math.min(input.length, Math.round(index * ratio)) };
}
