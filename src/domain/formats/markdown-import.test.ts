import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../lib/text';
import { sortByRank } from '../ordering';
import type { Recommendation } from '../recommendation';
import { matchHeaders } from './csv-header-match';
import { type ImportRow, validateRows } from './csv-validate-rows';
import { recommendation } from './fixtures/arbitrary-recommendation';
import {
  ACTORS,
  BANGLA_REPORT_LABELS,
  BANGLA_VOCAB,
  COLUMNS,
  ENGLISH_REPORT_LABELS,
  ENGLISH_VOCAB,
  makeRecommendation,
  WORKSHOPS,
} from './fixtures/sample-board';
import { isMarkdownReport, REPORT_HEADERS, readMarkdownReport } from './markdown-import';
import { type MarkdownReportInput, markdownReport } from './markdown-report';

const LABELS = ENGLISH_REPORT_LABELS;
const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const columnNames = COLUMNS.map((column) => column.name);

function report(recs: readonly Recommendation[], overrides: Partial<MarkdownReportInput> = {}) {
  return markdownReport({
    boardName: 'Migration board',
    filterDescription: 'All cards',
    date: '1 December 2026',
    recommendations: recs,
    columns: COLUMNS,
    workshops: WORKSHOPS,
    actors: ACTORS,
    actionItems: [],
    labels: LABELS,
    formatDate: (date) => longDate.format(new Date(`${date}T00:00:00Z`)),
    ...overrides,
  });
}

function importedRows(markdown: string): ImportRow[] {
  const table = readMarkdownReport(markdown, [LABELS], columnNames);
  const { rows, problems } = validateRows(table, matchHeaders(table.headers), ENGLISH_VOCAB);
  expect(problems).toEqual([]);
  return rows;
}

/** A card's text as the report can give it back: each line without its outer spaces. */
function asReported(text: string): string {
  const lines = text.split(/\r\n|\r|\n/).map((line) => line.trim());
  return normalizeText(lines.join('\n')).trim();
}

/** What the report carries of a card, as an import reads it. */
function carried(row: ImportRow) {
  return {
    columnId: row.column?.id,
    title: row.title,
    text: row.text,
    workshopId: row.workshop?.id ?? null,
    response: row.response,
    leadActorId: row.leadActor?.id ?? null,
    dueDate: row.dueDate,
    stageIds: row.stages.map((stage) => stage.id),
  };
}

function expected(rec: Recommendation) {
  const title = normalizeText(rec.title.replace(/[\r\n]+/g, ' ')).trim();
  return {
    columnId: rec.columnId,
    title,
    // A card with a title and no text gives its title as text (the spreadsheet rule).
    text: asReported(rec.text) === '' ? title : asReported(rec.text),
    workshopId: rec.workshopId,
    response: rec.response,
    leadActorId: rec.leadActorId,
    dueDate: rec.dueDate,
    stageIds: rec.stageIds,
  };
}

describe('a Markdown report read back', () => {
  it('gives each card the column, words, workshop, response, lead, due date and stages it shows', () => {
    fc.assert(
      fc.property(fc.array(recommendation, { minLength: 1, maxLength: 6 }), (recs) => {
        const shown = recs.filter((rec) => asReported(rec.text) !== '' || rec.title.trim() !== '');
        const rows = importedRows(report(shown));
        const inReportOrder = COLUMNS.flatMap((column) =>
          sortByRank(shown.filter((rec) => rec.columnId === column.id)),
        );
        expect(rows.map(carried)).toEqual(inReportOrder.map(expected));
      }),
      { numRuns: 60 },
    );
  });

  it('takes the column, not the lane, from a grouped section', () => {
    const rec = recommendation.filter((card) => card.text.trim() !== '');
    fc.assert(
      fc.property(rec, (card) => {
        const column = COLUMNS.find((candidate) => candidate.id === card.columnId);
        const groups = [{ title: `Return — ${column?.name}`, cardIds: [card.id] }];
        const [row] = importedRows(report([card], { groups }));
        expect(row?.column?.id).toBe(card.columnId);
      }),
      { numRuns: 10 },
    );
  });

  it('marks the line each card starts on, for the problems it shows', () => {
    const table = readMarkdownReport(
      '# Board — 1 December 2026\n\n## To triage (2)\n\n- One\n  - Response: Noted\n- Two\n  second line\n  - Response: Accepted\n',
      [LABELS],
      columnNames,
    );
    expect(table.headers).toEqual([...REPORT_HEADERS]);
    expect(table.records.map((record) => record.row)).toEqual([5, 7]);
    expect(table.records[1]?.cells.slice(0, 3)).toEqual(['To triage', '', 'Two\nsecond line']);
  });

  it('reads a report the Bangla interface wrote: its words, digits, dates and names', () => {
    const card = makeRecommendation({
      dueDate: '2027-04-30',
      stageIds: ['return', 'reintegration'],
    });
    // The interface's dates (short months, "৩০ এপ্রি, ২০২৭") and its names for built-in
    // columns and actors, which the board stores in English.
    const shortDate = new Intl.DateTimeFormat('bn-BD', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const shownColumn = (name: string) => `«${name}»`;
    const pkb = ACTORS.get('pkb');
    if (!pkb) throw new Error('no PKB in the sample directory');
    const markdown = report([card], {
      labels: BANGLA_REPORT_LABELS,
      columns: COLUMNS.map((column) => ({ ...column, name: shownColumn(column.name) })),
      actors: new Map([...ACTORS, ['pkb', { ...pkb, abbr: 'প্রকাব্যা' }]]),
      formatDate: (date) => shortDate.format(new Date(`${date}T00:00:00Z`)),
      formatNumber: (n) => n.toLocaleString('bn-BD'),
    });
    expect(markdown).toContain('শেষ তারিখ: ৩০ এপ্রি, ২০২৭');
    const vocab = {
      ...BANGLA_VOCAB,
      columns: COLUMNS.map((column) => ({ ...column, shownAs: shownColumn(column.name) })),
      actors: BANGLA_VOCAB.actors.map((actor) =>
        actor.id === 'pkb' ? { ...actor, shownAs: ['প্রকাব্যা'] } : actor,
      ),
    };
    const shownNames = vocab.columns.map((column) => column.shownAs);
    const table = readMarkdownReport(markdown, [BANGLA_REPORT_LABELS], shownNames);
    const { rows, problems } = validateRows(table, matchHeaders(table.headers), vocab);
    expect(problems).toEqual([]);
    expect(rows.map(carried)).toEqual([expected(card)]);
  });

  it('reads a section’s count written with separators, and a column named with a dash', () => {
    const columns = ['To triage', 'Closed — rejected'];
    const table = readMarkdownReport(
      [
        '# Board',
        '## To triage (1,234)',
        '- One',
        '  - Response: Noted',
        '## Return — Closed — rejected (১,২০০)',
        '- Two',
        '  - Response: Noted',
      ].join('\n'),
      [LABELS],
      columns,
    );
    expect(table.records.map((record) => record.cells[0])).toEqual(columns);
  });

  it('reads a card listed in two lanes once, and two alike cards of one lane twice', () => {
    const card = ['- Bring banks on board', '  - Response: Accepted'];
    const table = readMarkdownReport(
      [
        '# Board',
        '## Return — To triage (2)',
        ...card,
        ...card,
        '## Reintegration — To triage (1)',
        ...card,
      ].join('\n'),
      [LABELS],
      columnNames,
    );
    expect(table.records.map((record) => record.row)).toEqual([3, 5]);
  });

  it('reports what a hand edit left unreadable, and keeps an added sub-item as text', () => {
    const table = readMarkdownReport(
      [
        '# Board',
        'Notes typed under the title',
        '## To triage (2)',
        '- One',
        '  - also ask BMET',
        '  - Respons: Noted · Due date: 2027-01-31',
        '- Two',
        '\t- Response: Noted',
        '- Three, from a report in another language',
        '  - প্রতিক্রিয়া: গৃহীত',
      ].join('\n'),
      [LABELS],
      columnNames,
    );
    expect(table.problems.map(({ code, row, value }) => ({ code, row, value }))).toEqual([
      { code: 'line_not_read', row: 2, value: 'Notes typed under the title' },
      { code: 'unknown_detail', row: 6, value: 'Respons: Noted' },
      { code: 'unknown_detail', row: 10, value: 'প্রতিক্রিয়া: গৃহীত' },
    ]);
    const [one, two, three] = table.records.map((record) => record.cells);
    expect(three?.[2]).toBe('Three, from a report in another language');
    expect(one?.slice(2)).toEqual(['One\n- also ask BMET', '', '', '', '', '2027-01-31', '']);
    expect(two?.[5]).toBe('Noted');
  });

  it('is told from a spreadsheet by its title line and sections', () => {
    expect(isMarkdownReport(report([makeRecommendation()]))).toBe(true);
    expect(isMarkdownReport(report([]))).toBe(false);
    expect(isMarkdownReport('Recommendation,Column\nBring banks on board,To triage\n')).toBe(false);
    expect(isMarkdownReport('# Notes\n\nNo sections here.\n')).toBe(false);
  });
});
