import { describe, expect, it } from 'vitest';
import { foldForSearch, normalizeText, truncateGraphemes } from './text';

describe('text helpers', () => {
  it('stores the two encodings of য় as one', () => {
    const decomposed = '\u09AF\u09BC'; // য + nukta
    const composed = '\u09DF'; // য়
    expect(normalizeText(decomposed)).toBe(normalizeText(composed));
  });

  it('folds case and spacing for search', () => {
    expect(foldForSearch('  Bring   BANKS on board ')).toBe('bring banks on board');
  });

  it('shortens by graphemes without splitting a Bengali conjunct', () => {
    const text = 'ক্ষমতায়ন '.repeat(10);
    const short = truncateGraphemes(text, 5);
    expect(short.endsWith('…')).toBe(true);
    expect(short.normalize('NFC')).toBe(short);
    expect(truncateGraphemes('short', 10)).toBe('short');
  });
});
