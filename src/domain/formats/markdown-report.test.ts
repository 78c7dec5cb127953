import { describe, expect, it } from 'vitest';
import {
  ACTORS,
  COLUMNS,
  ENGLISH_LABELS,
  makeRecommendation,
  NOW,
  WORKSHOPS,
} from './fixtures/sample-board';
import { type MarkdownReportInput, markdownReport } from './markdown-report';

const LABELS = {
  workshop: 'Workshop',
  response: 'Response',
  lead: 'Lead',
  due: 'Due',
  actionItems: 'Action items',
  stages: 'Stages',
  responses: ENGLISH_LABELS.responses,
  stageNames: ENGLISH_LABELS.stages,
};

const first = makeRecommendation();
const second = makeRecommendation({
  id: '01900000-0000-7000-8000-0000000000f2',
  rank: 'a1',
  title: '',
  text: 'Train returnees [see annex](http://evil)\n\n# not a heading\n  1. not a list',
  response: 'awaiting',
  workshopId: null,
  leadActorId: null,
  actorIds: [],
  dueDate: null,
  stageIds: [],
});
const done = makeRecommendation({
  id: '01900000-0000-7000-8000-0000000000f3',
  columnId: COLUMNS[2].id,
  title: '<b>Bold</b> *claim*',
  text: 'সুপারিশ: প্রবাসী কল্যাণ',
});

function input(overrides: Partial<MarkdownReportInput> = {}): MarkdownReportInput {
  return {
    boardName: 'Migration board',
    filterDescription: 'All cards',
    date: '22 November 2026',
    recommendations: [second, done, first],
    columns: [...COLUMNS].reverse(),
    workshops: WORKSHOPS,
    actors: ACTORS,
    actionItems: [
      { recommendationId: first.id, done: true, deletedAt: null },
      { recommendationId: first.id, done: false, deletedAt: null },
      { recommendationId: first.id, done: false, deletedAt: NOW },
    ],
    labels: LABELS,
    ...overrides,
  };
}

describe('markdownReport', () => {
  it('writes a title line, a section per column and a list item per card', () => {
    expect(markdownReport(input())).toBe(
      [
        '# Migration board — All cards — 22 November 2026',
        '',
        '## To triage (0)',
        '',
        '## In progress (2)',
        '',
        '- **Reintegration loans**: Bring banks on board to develop migrant-friendly reintegration packages',
        '  - Workshop: Reintegration workshop (2024-03-05) · Response: Accepted · Lead: PKB · Due: 2025-06-30 · Action items: 1/2 · Stages: Return, Reintegration',
        '- Train returnees \\[see annex\\](http://evil)',
        '',
        '  \\# not a heading',
        '  1\\. not a list',
        '  - Response: Awaiting response',
        '',
        '## Implemented (1)',
        '',
        '- **\\<b\\>Bold\\</b\\> \\*claim\\***: সুপারিশ: প্রবাসী কল্যাণ',
        '  - Workshop: Reintegration workshop (2024-03-05) · Response: Accepted · Lead: PKB · Due: 2025-06-30 · Stages: Return, Reintegration',
        '',
      ].join('\n'),
    );
  });

  it('follows the caller’s groups and formats dates and numbers as asked', () => {
    const bangla = (n: number) => n.toLocaleString('bn-BD');
    const report = markdownReport(
      input({
        boardName: 'Board',
        filterDescription: '',
        date: '',
        groups: [{ title: 'Due soon # 1', cardIds: [first.id, 'missing-card'] }],
        formatDate: (date) => date.split('-').reverse().join('/'),
        formatNumber: bangla,
      }),
    );
    expect(report).toBe(
      [
        '# Board',
        '',
        '## Due soon \\# 1 (১)',
        '',
        '- **Reintegration loans**: Bring banks on board to develop migrant-friendly reintegration packages',
        '  - Workshop: Reintegration workshop (05/03/2024) · Response: Accepted · Lead: PKB · Due: 30/06/2025 · Action items: ১/২ · Stages: Return, Reintegration',
        '',
      ].join('\n'),
    );
  });

  it('escapes the caller’s names too', () => {
    const report = markdownReport(input({ boardName: '[Board](http://x)', recommendations: [] }));
    expect(report.split('\n')[0]).toBe('# \\[Board\\](http://x) — All cards — 22 November 2026');
  });
});
