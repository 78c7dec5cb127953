import { describe, expect, it } from 'vitest';
import { ENGLISH_REPORT_LABELS, ENGLISH_VOCAB } from '../domain/formats/fixtures/sample-board';
import type { CsvReadOptions } from '../domain/formats/import-plan';
import { readMarkdownFile } from './read-csv-file';

const OPTIONS: CsvReadOptions = {
  mapping: null,
  vocab: ENGLISH_VOCAB,
  extraHeaders: {},
  reportWords: [ENGLISH_REPORT_LABELS],
};

describe('a Markdown report read as a spreadsheet', () => {
  it('counts its cards, not its problem lines, and says it is a report', () => {
    const read = readMarkdownFile(
      [
        '# Board — 1 December 2026',
        'A line typed under the title',
        '## To triage (2)',
        '- Bring banks on board',
        '  - Response: Accepted',
        '- Empower embassies',
        '  - Response: Noted · Lead: IOM',
      ].join('\n'),
      OPTIONS,
    );
    if (!read.ok || read.format !== 'csv') throw new Error('the report was not read');
    expect(read.source).toBe('markdown');
    expect(read.recordCount).toBe(2);
    expect(read.rows.map((row) => row.text)).toEqual(['Bring banks on board', 'Empower embassies']);
    expect(read.problems.map((problem) => [problem.code, problem.row])).toEqual([
      ['line_not_read', 2],
      ['unknown_detail', 7],
    ]);
  });
});
