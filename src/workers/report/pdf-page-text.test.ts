import { describe, expect, it } from 'vitest';
import { type PdfTextRun, pageText } from './pdf-page-text';

const run = (str: string, x: number, y: number, hasEOL = false): PdfTextRun => ({
  str,
  x,
  y,
  width: str.length * 5,
  height: 10,
  hasEOL,
});

describe('a PDF page as plain text', () => {
  it('puts runs on one baseline on one line, and a blank line where space is left', () => {
    const text = pageText([
      run('The participants urged', 50, 700),
      run('the ministry to act.', 165, 700, true),
      run('Second line of it.', 50, 688, true),
      run('A new paragraph.', 50, 650, true),
    ]);
    expect(text).toBe(
      'The participants urged the ministry to act.\nSecond line of it.\n\nA new paragraph.',
    );
  });

  it('keeps wide gaps as runs of spaces, so table columns stay apart', () => {
    const text = pageText([run('Recommendation', 50, 700), run('To whom', 250, 700, true)]);
    expect(text).toMatch(/^Recommendation {2,}To whom$/);
  });

  it('does not split a word printed as two runs, nor double a space the run has', () => {
    expect(pageText([run('migra', 50, 700), run('tion ', 75, 700), run('cycle', 102, 700)])).toBe(
      'migration cycle',
    );
  });

  it('starts a new block where text jumps back up (a second column)', () => {
    const text = pageText([run('Left column.', 50, 300, true), run('Right column.', 320, 700)]);
    expect(text).toBe('Left column.\n\nRight column.');
  });

  it('gives an empty string for a page without text', () => {
    expect(pageText([run('', 0, 0, true)])).toBe('');
  });
});
