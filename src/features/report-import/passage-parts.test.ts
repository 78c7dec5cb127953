import { describe, expect, it } from 'vitest';
import { passageParts } from './passage-parts';

describe('the document around a passage', () => {
  it('cuts the text at each passage, in document order, and loses nothing', () => {
    const text = 'One. Two. Three. Four.';
    const parts = passageParts(text, [
      { start: 17, end: 22 },
      { start: 5, end: 9 },
    ]);
    expect(parts.map((part) => [part.text, part.marked])).toEqual([
      ['One. ', false],
      ['Two.', true],
      [' Three. ', false],
      ['Four.', true],
    ]);
    expect(parts.map((part) => part.text).join('')).toBe(text);
  });

  it('merges overlapping passages and clamps ranges past the end', () => {
    const parts = passageParts('abcdef', [
      { start: 1, end: 4 },
      { start: 3, end: 99 },
    ]);
    expect(parts.map((part) => [part.text, part.marked])).toEqual([
      ['a', false],
      ['bcd', true],
      ['ef', true],
    ]);
  });
});
