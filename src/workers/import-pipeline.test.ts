import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RecboardDatabase } from '../db/database';
import { withBuiltInActors } from '../domain/actor';
import { boardCards, csvExportSource } from '../domain/formats/board-export';
import { exportCsv } from '../domain/formats/csv-export';
import { csvImportRecords } from '../domain/formats/csv-to-records';
import { boardArb } from '../domain/formats/fixtures/board-arbitrary';
import { ENGLISH_LABELS, ENGLISH_REPORT_LABELS } from '../domain/formats/fixtures/sample-board';
import type {
  FileRead,
  ReadFileRequest,
  ReadFileResult,
  SnapshotWritten,
} from '../domain/formats/import-plan';
import { looseKey } from '../domain/formats/loose-key';
import { writePngText } from '../domain/formats/png-text-chunk';
import { termsFromLabels } from '../domain/formats/term-lookup';
import { SYNCED_TABLES } from '../domain/journal';
import { PRIORITIES, RESPONSES } from '../domain/response';
import type { SnapshotData } from '../domain/snapshot';
import { STAGE_IDS } from '../domain/taxonomy';
import { createRepositories } from '../repositories/repositories';
import { createTestBoard, createTestDatabase } from '../testing/test-database';
import { createImportHandler } from './import-handler';
import { readRequest, snapshotText, syncedRows, textFile } from './import-test-helpers';
import { readImportFile } from './read-import-file';

const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);

async function boardWith(data: SnapshotData) {
  const db = createTestDatabase();
  const repositories = createRepositories(db);
  await repositories.bulkWrite.writeAll(data);
  return { db, repositories };
}

/**
 * A file through the import worker's handler into a board's database, as the app does it:
 * read (the snapshot stays in the handler), then written by the handler, replacing the board.
 */
async function replaceThroughWorker(db: RecboardDatabase, file: Blob): Promise<SnapshotWritten> {
  const handle = createImportHandler(async () => db);
  const read = (await handle(readRequest(file), () => {})) as ReadFileResult;
  if (!read.ok || read.format !== 'snapshot') throw new Error('not a snapshot');
  const write = { kind: 'write-snapshot', held: read.held, mode: 'replace' } as const;
  return (await handle(write, () => {})) as SnapshotWritten;
}

const runs = { numRuns: 15 };

describe('a board through a file and back', () => {
  it('JSON, replacing another board: the same board, row for row', async () => {
    await fc.assert(
      fc.asyncProperty(boardArb, async (board) => {
        const source = await boardWith(board);
        const exported = await source.repositories.snapshotImport.current();
        const target = await createTestBoard();
        const journalBefore = await target.db.journal.count();
        await replaceThroughWorker(target.db, textFile(snapshotText(exported)));
        expect(await syncedRows(target.db)).toEqual(await syncedRows(source.db));
        // The file's history came with it, the target's stayed, and the import is one entry.
        expect(await target.db.journal.count()).toBe(journalBefore + exported.journal.length + 1);
      }),
      runs,
    );
  }, 60_000);

  it('PNG, replacing: the same board', async () => {
    await fc.assert(
      fc.asyncProperty(boardArb, async (board) => {
        const source = await boardWith(board);
        const png = writePngText(
          PNG,
          'recboard-snapshot',
          snapshotText(await source.repositories.snapshotImport.current()),
        );
        const target = await createTestBoard();
        await replaceThroughWorker(target.db, new Blob([png as Uint8Array<ArrayBuffer>]));
        expect(await syncedRows(target.db)).toEqual(await syncedRows(source.db));
      }),
      runs,
    );
  }, 60_000);

  it('CSV, into a board with the same columns: every field the CSV carries', async () => {
    await fc.assert(
      fc.asyncProperty(csvBoardArb, async (board) => {
        const source = await boardWith(board);
        const data = await source.repositories.snapshotImport.current();
        const cards = boardCards(data);
        const csv = exportCsv(csvExportSource(data, cards), ENGLISH_LABELS);
        const target = await boardWith({
          ...data,
          recommendations: [],
          actionItems: [],
          progressNotes: [],
          journal: [],
        });
        const read: FileRead = await readImportFile(csvRequest(csv, data), () => {});
        if (!read.ok || read.format !== 'csv') throw new Error('CSV not read');
        expect(read.problems).toEqual([]);
        const records = csvImportRecords(read.rows, read.unknown, {
          boardId: data.boards[0]?.id ?? '',
          now: '2026-11-22T09:00:00.000Z',
          defaultColumnId: data.columns[0]?.id ?? '',
          createActors: new Map(),
          stageFor: new Map(),
        });
        expect(records.columns).toEqual([]);
        await target.repositories.snapshotImport.addRows(records);
        const imported = await target.repositories.snapshotImport.current();
        expect(imported.recommendations.map(carried).sort(byId)).toEqual(
          cards.map(carried).sort(byId),
        );
      }),
      runs,
    );
  }, 60_000);
});

describe('merging two copies that diverged', () => {
  it('gives the same board whichever merges which, and loses no record', async () => {
    await fc.assert(
      fc.asyncProperty(boardArb, fc.infiniteStream(fc.nat()), async (base, picks) => {
        const left = diverge(base, picks, 'left');
        const right = diverge(base, picks, 'right');
        const a = await boardWith(left);
        const b = await boardWith(right);
        const fromA = await a.repositories.snapshotImport.current();
        const fromB = await b.repositories.snapshotImport.current();
        await a.repositories.snapshotImport.merge(fromB);
        await b.repositories.snapshotImport.merge(fromA);
        const merged = await syncedRows(a.db);
        expect(await syncedRows(b.db)).toEqual(merged);
        for (const table of SYNCED_TABLES) {
          const ids = new Set(merged[table]?.map((row) => (row as { id: string }).id));
          for (const row of [...left[table], ...right[table]]) expect(ids.has(row.id)).toBe(true);
        }
      }),
      runs,
    );
  }, 60_000);

  it('keeps the version set aside in the merge entry and the card history', async () => {
    const { db, repositories } = await createTestBoard();
    const local = await repositories.snapshotImport.current();
    const [card] = local.recommendations;
    if (!card) throw new Error('the sample board has cards');
    const older = { ...card, title: 'Older title', updatedAt: '2000-01-01T00:00:00.000Z' };
    const outcome = await repositories.snapshotImport.merge({ ...local, recommendations: [older] });
    expect(outcome.conflicts.map((c) => [c.id, c.discardedSide])).toEqual([[card.id, 'incoming']]);
    const history = await repositories.journal.listForCard(card.id);
    expect(history[0]?.action.kind).toBe('board.imported');
    expect(history[0]?.discarded).toEqual([{ table: 'recommendations', key: card.id, row: older }]);
    expect(await db.recommendations.get(card.id)).toEqual(card);
  });

  it('is one undo step', async () => {
    const { db, repositories } = await createTestBoard();
    const before = await syncedRows(db);
    const other = await boardWith(fc.sample(boardArb, { seed: 7, numRuns: 1 })[0] as SnapshotData);
    await repositories.snapshotImport.merge(await other.repositories.snapshotImport.current());
    expect(await syncedRows(db)).not.toEqual(before);
    const entry = await db.journal.orderBy('id').last();
    if (!entry) throw new Error('no entry');
    await repositories.journal.undo(entry);
    expect(await syncedRows(db)).toEqual(before);
  });
});

describe('replace', () => {
  it('is one undo step that brings the old board back exactly', async () => {
    const { db, repositories } = await createTestBoard();
    const before = await syncedRows(db);
    const board = fc.sample(boardArb, { seed: 3, numRuns: 1 })[0] as SnapshotData;
    await repositories.snapshotImport.replace(board);
    const entry = await db.journal.orderBy('id').last();
    if (!entry) throw new Error('no entry');
    expect(entry.action).toEqual({
      kind: 'board.imported',
      params: { count: board.recommendations.length },
    });
    await repositories.journal.undo(entry);
    expect(await syncedRows(db)).toEqual(before);
  });
});

/** A copy of the board changed on one side: some cards edited or deleted, one added. */
function diverge(
  base: SnapshotData,
  picks: fc.Stream<number>,
  side: 'left' | 'right',
): SnapshotData {
  const later = side === 'left' ? '2030-01-01T00:00:00.000Z' : '2030-01-02T00:00:00.000Z';
  const [first] = base.recommendations;
  const recommendations = base.recommendations.map((card) => {
    const pick = picks.next().value % 4;
    if (pick === 0) return { ...card, title: `${side} edit`, updatedAt: later };
    if (pick === 1) return { ...card, deletedAt: later, updatedAt: later };
    return card;
  });
  const added = first
    ? [
        {
          ...first,
          id:
            side === 'left'
              ? '01900000-0000-7000-8000-00000000aaaa'
              : '01900000-0000-7000-8000-00000000bbbb',
        },
      ]
    : [];
  return { ...base, recommendations: [...recommendations, ...added] };
}

const CARRIED = [
  'id',
  'workshopId',
  'text',
  'title',
  'columnId',
  'response',
  'stageIds',
  'actorIds',
  'leadActorId',
  'gcmObjectives',
  'sdgTargets',
  'priority',
  'dueDate',
  'labels',
] as const;
function carried(card: SnapshotData['recommendations'][number]) {
  return Object.fromEntries(CARRIED.map((field) => [field, card[field]]));
}
const byId = (a: { id?: unknown }, b: { id?: unknown }) => (String(a.id) < String(b.id) ? -1 : 1);

/** Names the CSV matches by must each mean one thing for the round trip to be exact. */
function namesAreDistinct(board: SnapshotData): boolean {
  const distinct = (names: string[]) => new Set(names.map(looseKey)).size === names.length;
  const actors = withBuiltInActors(board.actors);
  return (
    distinct(board.columns.map((column) => column.name)) &&
    distinct(board.workshops.map((workshop) => workshop.title)) &&
    distinct(actors.map((actor) => actor.abbr)) &&
    board.columns.every(
      (column) => !actors.some((actor) => looseKey(actor.abbr) === looseKey(column.name)),
    )
  );
}

/** A board whose names are distinct, with a card to export (a CSV of no rows is refused). */
const csvBoardArb = boardArb.filter(
  (board) => namesAreDistinct(board) && boardCards(board).length > 0,
);

function csvRequest(csv: string, data: SnapshotData): ReadFileRequest {
  return {
    kind: 'read',
    file: textFile(csv, 'text/csv'),
    csv: {
      mapping: null,
      extraHeaders: ENGLISH_LABELS.headers,
      reportWords: [ENGLISH_REPORT_LABELS],
      vocab: {
        stages: termsFromLabels(STAGE_IDS, ENGLISH_LABELS.stages),
        responses: termsFromLabels(RESPONSES, ENGLISH_LABELS.responses),
        priorities: termsFromLabels(PRIORITIES, ENGLISH_LABELS.priorities),
        columns: data.columns,
        actors: withBuiltInActors(data.actors),
        workshops: data.workshops,
      },
    },
    trello: { boardId: data.boards[0]?.id ?? '', now: '2026-11-22T09:00:00.000Z' },
  };
}
