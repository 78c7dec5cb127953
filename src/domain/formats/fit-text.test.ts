import { describe, expect, it } from 'vitest';
import { fitText } from './fit-text';

describe('fitText', () => {
  it('keeps text that fits, normalised and trimmed', () => {
    expect(fitText('  Cafe\u0301  ', 10)).toEqual({ text: 'Caf\u00e9', shortened: false });
  });

  it('shortens at a grapheme boundary within the limit, in UTF-16 units', () => {
    // ক্ষ is three code units and one grapheme: it is never split.
    const result = fitText('ক্ষক্ষক্ষ', 7);
    expect(result).toEqual({ text: 'ক্ষক্ষ…', shortened: true });
    expect(result.text.length).toBeLessThanOrEqual(7);
    expect(fitText('ab😀cd', 4)).toEqual({ text: 'ab…', shortened: true });
  });
});
