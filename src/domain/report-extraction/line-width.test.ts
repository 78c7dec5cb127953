import { describe, expect, it } from 'vitest';
import { endsEarly, wrapWidth } from './line-width';
import { normaliseLines } from './normalise-lines';

const WRAPPED = [
  'The workshop opened with a short film on the lives of migrant workers in the Gulf and',
  'their families at home, followed by a welcome from the chair of the organising committee.',
  'Participants then split into groups.',
  'Each group named three priorities for the year ahead and reported back to the plenary.',
].join('\n');

describe('line width', () => {
  it('finds the width the text wraps at, not that of a short last line', () => {
    // Lengths 85, 89, 36 and 86: the 90th percentile of four is the third longest.
    expect(wrapWidth(normaliseLines(WRAPPED).lines)).toBe(86);
  });

  it('knows a line that ends before the width from one that wrapped', () => {
    const { lines } = normaliseLines(WRAPPED);
    const width = wrapWidth(lines);
    const [first, second, third, fourth] = lines;
    if (!first || !second || !third || !fourth) throw new Error('four lines');
    expect(endsEarly(first, second, width)).toBe(false);
    expect(endsEarly(third, fourth, width)).toBe(true);
  });

  it('tells nothing in text that is not wrapped at a width', () => {
    const { lines } = normaliseLines('Short.\nAlso short.');
    const [first, second] = lines;
    if (!first || !second) throw new Error('two lines');
    expect(endsEarly(first, second, wrapWidth(lines))).toBe(false);
  });

  it('takes every line of unwrapped text (a Word file, one paragraph a line) to end early', () => {
    const long = 'A paragraph that runs on well past any printed width, '.repeat(4);
    const { lines } = normaliseLines(`${long}\n${long}\n${long}`);
    const [first, second] = lines;
    if (!first || !second) throw new Error('two lines');
    expect(endsEarly(first, second, wrapWidth(lines))).toBe(true);
  });
});
