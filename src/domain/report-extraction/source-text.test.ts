import { describe, expect, it } from 'vitest';
import { toSourceText } from './source-text';

describe('toSourceText', () => {
  it('passes NFC text through with offsets unchanged', () => {
    const source = toSourceText('সরকার should act');
    expect(source.text).toBe('সরকার should act');
    expect(source.toOriginal(6)).toBe(6);
  });

  it('composes to NFC and maps offsets back to the decomposed input', () => {
    const input = `a ${'য়'.normalize('NFD')} b`;
    const source = toSourceText(input);
    expect(source.text).toBe('a য় b');
    const b = source.text.indexOf('b');
    expect(input.charAt(source.toOriginal(b))).toBe('b');
    expect(source.toOriginal(source.text.length)).toBe(input.length);
  });

  it('drops soft hyphens and a byte-order mark but keeps the offsets of what follows', () => {
    const input = '\uFEFFmigra\u00ADtion';
    const source = toSourceText(input);
    expect(source.text).toBe('migration');
    expect(input.slice(source.toOriginal(5), source.toOriginal(9))).toBe('tion');
  });
});
