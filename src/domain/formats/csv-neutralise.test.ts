import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, restoreCell } from './csv-neutralise';

describe('neutraliseCell', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+1', `'+1`],
    ['-2 percent', `'-2 percent`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tcmd', `'\tcmd`],
    ['\rcmd', `'\rcmd`],
    [`'=x`, `''=x`],
  ])('prefixes %j with an apostrophe', (value, expected) => {
    expect(neutraliseCell(value)).toBe(expected);
  });

  it.each(['plain', '', `'quoted`, 'a=b', '৫ মার্চ', '2024-03-05'])('leaves %j alone', (value) => {
    expect(neutraliseCell(value)).toBe(value);
  });

  it('leaves plain numbers alone in numeric columns only', () => {
    expect(neutraliseCell('-5', true)).toBe('-5');
    expect(neutraliseCell('-5.25', true)).toBe('-5.25');
    expect(neutraliseCell('-5', false)).toBe(`'-5`);
    expect(neutraliseCell('-5; =1', true)).toBe(`'-5; =1`);
  });
});

describe('restoreCell', () => {
  it('removes the apostrophe the export added', () => {
    expect(restoreCell(`'=x`)).toBe('=x');
    expect(restoreCell(`''=x`)).toBe(`'=x`);
    expect(restoreCell(`'quoted`)).toBe(`'quoted`);
  });

  it('undoes neutraliseCell for every string', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', '1', ' ') }),
        fc.boolean(),
        (value, numeric) => {
          expect(restoreCell(neutraliseCell(value, numeric))).toBe(value);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never lets a neutralised cell start with a formula trigger', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        expect(neutraliseCell(value)).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });
});
