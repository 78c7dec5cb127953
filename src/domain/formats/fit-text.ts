import { normalizeText } from '../../lib/text';

const graphemes =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : null;

/**
 * Text from elsewhere made to fit a field: NFC, trimmed, and at most `max` UTF-16 units (the
 * schema's measure), shortened at a grapheme boundary with an ellipsis so a Bengali conjunct
 * or an emoji is never cut in half. `shortened` says whether anything was lost.
 */
export function fitText(value: string, max: number): { text: string; shortened: boolean } {
  const text = normalizeText(value).trim();
  if (text.length <= max) return { text, shortened: false };
  let out = '';
  const parts = graphemes ? Array.from(graphemes.segment(text), (s) => s.segment) : [...text];
  for (const part of parts) {
    if (out.length + part.length > max - 1) break;
    out += part;
  }
  return { text: `${out.trimEnd()}…`, shortened: true };
}
