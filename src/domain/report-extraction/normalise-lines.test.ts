import { describe, expect, it } from 'vitest';
import { isPageNumber, normaliseLines } from './normalise-lines';

function kept(text: string): string[] {
  return normaliseLines(text)
    .lines.filter((line) => line.kind === 'text')
    .map((line) => line.text);
}

describe('normaliseLines', () => {
  it.each(['3', '- 3 -', 'Page 3', 'Page 3 of 10', 'p. 12', '3/10', '৩', 'iv'])(
    'takes "%s" for a page number',
    (text) => {
      expect(isPageNumber(text)).toBe(true);
    },
  );

  it.each(['2017', '3. Reduce costs', 'Page three', 'I'])('does not take "%s" for one', (text) => {
    expect(isPageNumber(text)).toBe(false);
  });

  it('counts pages at form feeds and drops a header repeated at the top of each', () => {
    const text = [
      'Labour Migration Report',
      'One.',
      '\fLabour Migration Report',
      'Two.',
      '\fLabour Migration Report',
      'Three.',
    ].join('\n');
    const { lines, pageCount, paged } = normaliseLines(text);
    expect(pageCount).toBe(3);
    expect(paged).toBe(true);
    expect(kept(text)).toEqual(['One.', 'Two.', 'Three.']);
    expect(lines.find((line) => line.text === 'Three.')?.page).toBe(3);
  });

  it('keeps a line repeated in the body, away from page edges', () => {
    const body = (n: number) => [
      `Intro ${n}.`,
      'a',
      'b',
      'c',
      'Open discussion',
      'd',
      'e',
      'f',
      `End ${n}.`,
    ];
    const text = [...body(1), '\f', ...body(2), '\f', ...body(3)].join('\n');
    expect(kept(text).filter((line) => line === 'Open discussion')).toHaveLength(3);
  });

  it('paginates by footer page numbers when there are no form feeds', () => {
    const text = [
      'First page text.',
      'More text.',
      'More still.',
      'And more.',
      '1',
      'Second page text.',
      '2',
      'Third.',
    ].join('\n');
    const { lines, pageCount } = normaliseLines(text);
    expect(lines.find((line) => line.text === 'Second page text.')?.page).toBe(2);
    expect(pageCount).toBe(3);
  });

  it('gives offsets of the trimmed line in the text', () => {
    const text = 'a\r\n   indented line  \nlast';
    const line = normaliseLines(text).lines[1];
    expect(line && text.slice(line.start, line.end)).toBe('indented line');
    expect(line?.raw).toBe('   indented line  ');
  });
});
