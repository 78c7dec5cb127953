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

  it('reads a report written in Bangla, with Bangla digits and dates', () => {
    const card = makeRecommendation({
      dueDate: '2027-03-31',
      stageIds: ['return', 'reintegration'],
    });
    const bangla = new Intl.DateTimeFormat('bn-BD', { dateStyle: 'long', timeZone: 'UTC' });
    const markdown = report([card], {
      labels: BANGLA_REPORT_LABELS,
      formatDate: (date) => bangla.format(new Date(`${date}T00:00:00Z`)),
      formatNumber: (n) => n.toLocaleString('bn-BD'),
    });
    expect(markdown).toContain('শেষ তারিখ: ৩১ মার্চ, ২০২৭');
    const table = readMarkdownReport(markdown, [BANGLA_REPORT_LABELS], columnNames);
    const { rows, problems } = validateRows(table, matchHeaders(table.headers), BANGLA_VOCAB);
    expect(problems).toEqual([]);
    expect(rows.map(carried)).toEqual([expected(card)]);
  });

  it('is told from a spreadsheet by its title line and sections', () => {
    expect(isMarkdownReport(report([]))).toBe(true);
    expect(isMarkdownReport('Recommendation,Column\nBring banks on board,To triage\n')).toBe(false);
    expect(isMarkdownReport('# Notes\n\nNo sections here.\n')).toBe(false);
  });
});
