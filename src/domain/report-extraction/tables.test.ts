import { describe, expect, it } from 'vitest';
import { normaliseLines } from './normalise-lines';
import { findTables } from './tables';

function rows(text: string): string[][] {
  const [table] = findTables(normaliseLines(text).lines);
  return table?.rows.map((row) => row.cells.map((cell) => cell.text)) ?? [];
}

describe('findTables', () => {
  it('reads a Markdown matrix and skips its rule line', () => {
    const text = [
      '| No. | Recommendation | Responsible | Status |',
      '|---|---|---|---|',
      '| 1 | Cap recruitment fees | BMET | Accepted |',
      '| 2 | Open a help desk | WEWB | Noted |',
      '',
      'After the table.',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['1', 'Cap recruitment fees', 'BMET', 'Accepted'],
      ['2', 'Open a help desk', 'WEWB', 'Noted'],
    ]);
    const [table] = findTables(normaliseLines(text).lines);
    expect(table?.columns).toEqual({ recommendation: 1, toWhom: 2, response: 3 });
  });

  it('rebuilds rows whose cells wrap over several lines in a PDF layout', () => {
    const text = [
      'Recommendation                      To whom        Management response',
      '1. Introduce a digital complaint    BMET, WEWB     Accepted. Pilot in',
      '   system for migrants                             three districts.',
      '2. Publish agency ratings           MoEWOE         Under review',
      '',
      'The matrix was discussed at length by every participant of the meeting.',
    ].join('\n');
    expect(rows(text)).toEqual([
      [
        '1. Introduce a digital complaint system for migrants',
        'BMET, WEWB',
        'Accepted. Pilot in three districts.',
      ],
      ['2. Publish agency ratings', 'MoEWOE', 'Under review'],
    ]);
  });

  it('ignores a table whose header names no recommendation', () => {
    const text = ['Name\tOrganisation\tRole', 'A. Rahman\tIOM\tSpeaker'].join('\n');
    expect(findTables(normaliseLines(text).lines)).toEqual([]);
  });
});
