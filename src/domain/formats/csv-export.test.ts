import { parse } from 'papaparse';
import { describe, expect, it } from 'vitest';
import { type CsvExportSource, csvExportChunks, exportCsv } from './csv-export';
import {
  ACTORS,
  COLUMNS,
  ENGLISH_LABELS,
  makeRecommendation,
  NOW,
  USER_ACTOR,
  WORKSHOPS,
} from './fixtures/sample-board';

const REC_ID = '01900000-0000-7000-8000-0000000000f1';

function source(overrides: Partial<CsvExportSource> = {}): CsvExportSource {
  return {
    recommendations: [makeRecommendation()],
    columns: COLUMNS,
    workshops: WORKSHOPS,
    actors: ACTORS,
    actionItems: [
      { recommendationId: REC_ID, done: true, deletedAt: null },
      { recommendationId: REC_ID, done: false, deletedAt: null },
      { recommendationId: REC_ID, done: true, deletedAt: NOW },
    ],
    progressNotes: [
      {
        recommendationId: REC_ID,
        date: '2025-02-01',
        createdAt: NOW,
        text: 'Older',
        deletedAt: null,
      },
      {
        recommendationId: REC_ID,
        date: '2025-03-01',
        createdAt: NOW,
        text: 'Latest',
        deletedAt: null,
      },
      {
        recommendationId: REC_ID,
        date: '2025-04-01',
        createdAt: NOW,
        text: 'Gone',
        deletedAt: NOW,
      },
    ],
    ...overrides,
  };
}

function cells(csv: string): string[][] {
  return parse<string[]>(csv.slice(1), { header: false, skipEmptyLines: true }).data;
}

describe('exportCsv', () => {
  it('writes a BOM, the caller’s headers and CRLF line ends', () => {
    const csv = exportCsv(source(), ENGLISH_LABELS);
    expect(csv.startsWith('\uFEFFWorkshop,Workshop date,Recommendation,Title,Column,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
  });

  it('writes names, labels and ISO dates, one row per recommendation', () => {
    const [, row] = cells(exportCsv(source(), ENGLISH_LABELS));
    expect(row).toEqual([
      'Reintegration workshop',
      '2024-03-05',
      'Bring banks on board to develop migrant-friendly reintegration packages',
      'Reintegration loans',
      'In progress',
      'Accepted',
      'Return; Reintegration',
      'Banks and exchange houses; PKB',
      'PKB',
      '20; 21',
      '10.c',
      'High',
      '2025-06-30',
      'finance; ঋণ',
      '1',
      '2',
      'Latest',
      REC_ID,
    ]);
  });

  it('writes empty cells for what a card does not have, and ids the directory lacks', () => {
    const rec = makeRecommendation({
      workshopId: null,
      stageIds: [],
      actorIds: [USER_ACTOR.id, 'gone-actor'],
      leadActorId: 'gone-actor',
      priority: null,
      dueDate: null,
      labels: [],
    });
    const [, row] = cells(
      exportCsv(
        source({ recommendations: [rec], actionItems: [], progressNotes: [] }),
        ENGLISH_LABELS,
      ),
    );
    expect(row?.slice(0, 2)).toEqual(['', '']);
    expect(row?.slice(6, 9)).toEqual(['', 'নারী সংঘ; gone-actor', 'gone-actor']);
    expect(row?.slice(11, 17)).toEqual(['', '', '', '0', '0', '']);
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    const rec = makeRecommendation({ text: 'Say "yes", then\nact', title: ' lead space' });
    const csv = exportCsv(source({ recommendations: [rec] }), ENGLISH_LABELS);
    expect(csv).toContain(',"Say ""yes"", then\nact"," lead space",');
  });

  it('neutralises cells that a spreadsheet would run as formulas, but not numbers', () => {
    const rec = makeRecommendation({
      text: '=HYPERLINK("http://evil")',
      title: '-5% fees',
      labels: ['@ops'],
    });
    const [, row] = cells(exportCsv(source({ recommendations: [rec] }), ENGLISH_LABELS));
    expect(row?.[2]).toBe(`'=HYPERLINK("http://evil")`);
    expect(row?.[3]).toBe(`'-5% fees`);
    expect(row?.[13]).toBe(`'@ops`);
    expect(row?.[14]).toBe('1');
  });
});

describe('csvExportChunks', () => {
  const many = Array.from({ length: 1234 }, (_, i) =>
    makeRecommendation({ id: `01900000-0000-7000-8000-${String(i).padStart(12, '0')}` }),
  );

  it('adds up to the same file as exportCsv, reporting progress', () => {
    const chunks = [...csvExportChunks(source({ recommendations: many }), ENGLISH_LABELS, 500)];
    expect(chunks.map((chunk) => chunk.rowsDone)).toEqual([0, 500, 1000, 1234]);
    expect(chunks.every((chunk) => chunk.rowsTotal === 1234)).toBe(true);
    expect(chunks.map((chunk) => chunk.text).join('')).toBe(
      exportCsv(source({ recommendations: many }), ENGLISH_LABELS),
    );
  });

  it('writes only the header for an empty board', () => {
    const chunks = [...csvExportChunks(source({ recommendations: [] }), ENGLISH_LABELS)];
    expect(chunks).toHaveLength(1);
    expect(cells(chunks[0]?.text ?? '')).toEqual([Object.values(ENGLISH_LABELS.headers)]);
  });
});
