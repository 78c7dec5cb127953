import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../db/schema-versions';
import { DEFAULT_BOARD_ID } from '../domain/board';
import { MAX_IMPORT_BYTES } from '../domain/formats/csv-import';
import { COLUMNS, makeRecommendation } from '../domain/formats/fixtures/sample-board';
import trelloBoard from '../domain/formats/fixtures/trello-board.json';
import type { FileRead } from '../domain/formats/import-plan';
import { writePngText } from '../domain/formats/png-text-chunk';
import { V1_BOARD } from '../testing/v1-fixture';
import { readFile, snapshotText, textFile } from './import-test-helpers';

const at = '2026-11-22T09:00:00.000Z';
const column = {
  id: COLUMNS[0].id,
  boardId: DEFAULT_BOARD_ID,
  createdAt: at,
  updatedAt: at,
  deletedAt: null,
  name: 'To triage',
  rank: 'a0',
  kind: 'triage',
  wipLimit: null,
};
const board = {
  id: DEFAULT_BOARD_ID,
  createdAt: at,
  updatedAt: at,
  deletedAt: null,
  name: 'Board',
};
const tables = (cards: unknown[]) => ({
  boards: [board],
  columns: [column],
  workshops: [],
  recommendations: cards,
  actionItems: [],
  progressNotes: [],
  journal: [],
  actors: [],
});
const card = (overrides = {}) =>
  makeRecommendation({ columnId: column.id, workshopId: null, ...overrides });

function problems(result: FileRead) {
  if (result.ok) throw new Error(`expected a refusal, got ${result.format}`);
  return result.problems;
}

/** A 1×1 PNG: signature, IHDR, IDAT, IEND (CRCs as any encoder writes them). */
const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);

describe('the import worker reads', () => {
  it('a snapshot, keeping fields it does not know', async () => {
    const text = snapshotText({ ...tables([{ ...card(), futureField: { a: 1 } }]), newTable: [1] });
    const result = await readFile(textFile(text));
    if (!result.ok || result.format !== 'snapshot') throw new Error('not read');
    expect(result.snapshot.data.recommendations[0]).toMatchObject({ futureField: { a: 1 } });
    expect(Reflect.get(result.snapshot.data, 'newTable')).toEqual([1]);
  });

  it('an old snapshot, migrated by the database row migrators (v1 activity → journal)', async () => {
    const { deviceMeta: _deviceOnly, ...v1 } = V1_BOARD;
    const result = await readFile(textFile(snapshotText(v1, 1)));
    if (!result.ok || result.format !== 'snapshot') throw new Error('not read');
    expect(result.fileVersion).toBe(1);
    expect(result.snapshot.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(result.snapshot.data.recommendations.map((rec) => rec.sourceLocator)).toEqual(['', '']);
    expect(result.snapshot.data.journal.map((entry) => entry.origin)).toEqual(['legacy']);
    expect('activity' in result.snapshot.data).toBe(false);
  });

  it('a PNG carrying a snapshot', async () => {
    const png = writePngText(PNG, 'recboard-snapshot', snapshotText(tables([card()])));
    const result = await readFile(new Blob([png as Uint8Array<ArrayBuffer>]));
    expect(result).toMatchObject({ ok: true, format: 'snapshot', container: 'png' });
  });

  it('a Trello board, planned with what is not carried over', async () => {
    const result = await readFile(textFile(JSON.stringify(trelloBoard)));
    if (!result.ok || result.format !== 'trello') throw new Error('not read');
    expect(result.plan.columns.length).toBeGreaterThan(0);
    expect(result.plan.notCarried.length).toBeGreaterThan(0);
  });

  it('a CSV, mapped by its headers, a broken row named and the rest kept', async () => {
    const rows = ['Title,Recommendation,Due date', 'A,First text,2025-01-02'];
    for (let n = 3; n < 14; n += 1) rows.push(`T${n},Text ${n},`);
    rows.push('Bad,Row fourteen,31/02/2024', 'Open,"never closed,2025-01-01');
    const result = await readFile(textFile(rows.join('\n'), 'text/csv'));
    if (!result.ok || result.format !== 'csv') throw new Error('not read');
    expect(result.mapping).toEqual({ title: 'Title', text: 'Recommendation', dueDate: 'Due date' });
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        code: 'not_a_date',
        row: 14,
        column: 'Due date',
        value: '31/02/2024',
      }),
    );
    expect(result.problems).toContainEqual(
      expect.objectContaining({ code: 'unclosed_quote', row: 15 }),
    );
    expect(result.rows).toHaveLength(13);
  });
});

describe('the import worker refuses, saying what and where', () => {
  it('truncated JSON, at the line and column where it stops', async () => {
    const text = JSON.stringify(JSON.parse(snapshotText(tables([card()]))), null, 2);
    const cut = text.slice(0, 200);
    const [problem] = problems(await readFile(textFile(cut)));
    const lines = cut.split('\n');
    expect(problem).toEqual({
      code: 'not_json',
      line: lines.length,
      column: (lines.at(-1)?.length ?? 0) + 1,
    });
  });

  it('JSON that is neither a snapshot nor a Trello board', async () => {
    expect(problems(await readFile(textFile('{"hello": 1}')))).toEqual([
      { code: 'unknown_format' },
    ]);
  });

  it('a file that is not text', async () => {
    const gif = new Blob([Uint8Array.from([0x47, 0x49, 0x46, 0x38, 0xff, 0xfe, 0x00, 0x80])]);
    expect(problems(await readFile(gif))).toEqual([{ code: 'not_utf8' }]);
  });

  it('an impossible date, naming the record and field', async () => {
    const text = snapshotText(
      tables([card(), card({ id: '01900000-0000-7000-8000-0000000000f2', dueDate: '2024-02-31' })]),
    );
    expect(problems(await readFile(textFile(text)))).toEqual([
      {
        code: 'invalid_value',
        table: 'recommendations',
        record: 2,
        field: 'dueDate',
        value: '2024-02-31',
        issue: 'not_a_date',
      },
    ]);
  });

  it('a duplicate id', async () => {
    const text = snapshotText(tables([card(), card()]));
    expect(problems(await readFile(textFile(text)))).toEqual([
      { code: 'duplicate_id', table: 'recommendations', record: 2, id: card().id },
    ]);
  });

  it('a card whose column is not in the file', async () => {
    const text = snapshotText(tables([card({ columnId: COLUMNS[2].id })]));
    expect(problems(await readFile(textFile(text)))).toEqual([
      {
        code: 'missing_reference',
        table: 'recommendations',
        record: 1,
        field: 'columnId',
        id: COLUMNS[2].id,
      },
    ]);
  });

  it('a newer schema version, naming both versions', async () => {
    const text = snapshotText(tables([]), LATEST_SCHEMA_VERSION + 3);
    expect(problems(await readFile(textFile(text)))).toEqual([
      {
        code: 'newer_version',
        fileVersion: LATEST_SCHEMA_VERSION + 3,
        appVersion: LATEST_SCHEMA_VERSION,
      },
    ]);
  });

  it('a file over 50 MB, from its size, without reading it', async () => {
    const huge = {
      size: MAX_IMPORT_BYTES + 1,
      arrayBuffer: () => Promise.reject(new Error('read the whole file')),
    } as unknown as Blob;
    expect(problems(await readFile(huge))).toEqual([
      { code: 'file_too_large', limit: MAX_IMPORT_BYTES },
    ]);
  });

  it('an empty file, or one of blanks', async () => {
    expect(problems(await readFile(textFile('')))).toEqual([{ code: 'empty_file' }]);
    expect(problems(await readFile(textFile(' \n\t\n')))).toEqual([{ code: 'empty_file' }]);
  });

  it('a PNG without a snapshot, and a damaged one', async () => {
    expect(problems(await readFile(new Blob([PNG])))).toEqual([{ code: 'png_without_snapshot' }]);
    const damaged = PNG.slice(0, 40);
    expect(problems(await readFile(new Blob([damaged])))).toEqual([{ code: 'damaged_png' }]);
  });

  it('a CSV whose header row is broken', async () => {
    const [problem] = problems(await readFile(textFile('"Title,Text\nA,B', 'text/csv')));
    expect(problem).toMatchObject({ code: 'csv', problem: { effect: 'file_refused' } });
  });

  it('lists at most twenty problems, the rest counted', async () => {
    const cards = Array.from({ length: 30 }, (_, n) =>
      card({
        id: `01900000-0000-7000-8000-0000000001${String(n).padStart(2, '0')}`,
        dueDate: 'soon',
      }),
    );
    const listed = problems(await readFile(textFile(snapshotText(tables(cards)))));
    expect(listed).toHaveLength(21);
    expect(listed.at(-1)).toEqual({ code: 'more_problems', count: 10 });
  });
});
