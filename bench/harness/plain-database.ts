/*
 * The storage's own cost, for the baselines: the app's schema on a connection without the
 * journal middleware (decision 011), read and written with plain Dexie calls, no zod, no layout.
 */
import Dexie from 'dexie';
import { RecboardDatabase } from '../../src/db/database';
import { journalMiddleware } from '../../src/db/journal-middleware';
import { SAMPLE_WORKSHOP_IDS } from '../../src/db/sample/sample-workshop-ids';
import { DEFAULT_BOARD_ID } from '../../src/domain/board';
import { FIRST_SCREEN_CARDS_PER_COLUMN } from '../../src/queries/read-board-data';

/**
 * The database `name` (the app's by default) with plain Dexie: a write here is not journaled,
 * reads nothing first and writes no entry, as the baselines and the bench's own set-up need.
 * The journal's digest (schema v6) is still kept: it is part of what storing a journal costs,
 * and a board populated here must show its history on the dashboard as the app's would.
 */
export async function openPlainDatabase(name?: string): Promise<RecboardDatabase> {
  const db = new RecboardDatabase(name);
  // Dexie removes a middleware by its name; without one this would silently keep it.
  if (!journalMiddleware.name) throw new Error('the journal middleware has no name');
  db.unuse({ stack: 'dbcore', name: journalMiddleware.name });
  await db.open();
  return db;
}

/** Rows read per column for the first screen: column-cards.ts reads twice the cards it shows. */
const FIRST_ROWS = FIRST_SCREEN_CARDS_PER_COLUMN * 2;

/** The rows the app's start-up read takes (queries/read-startup.ts), read plainly. */
export async function readFirstScreenPlain(db: RecboardDatabase): Promise<void> {
  const board = DEFAULT_BOARD_ID;
  const columnsRead = db.columns.where('boardId').equals(board).toArray();
  const inColumn = (columnId: string, index: string) =>
    db.recommendations.where(index).between([columnId, Dexie.minKey], [columnId, Dexie.maxKey]);
  const firstCards = async () => {
    const columns = await columnsRead;
    return Promise.all(
      columns.map((column) =>
        Promise.all([
          inColumn(column.id, '[columnId+rank]').count(),
          inColumn(column.id, '[columnId+archivedAt]').primaryKeys(),
          inColumn(column.id, '[columnId+deletedAt]').primaryKeys(),
          inColumn(column.id, '[columnId+rank]').limit(FIRST_ROWS).toArray(),
        ]),
      ),
    );
  };
  await Promise.all([
    firstCards(),
    db.workshops.where('boardId').equals(board).toArray(),
    db.boards.get(board),
    db.actors.where('boardId').equals(board).toArray(),
    db.workshops
      .where('id')
      .anyOf([...SAMPLE_WORKSHOP_IDS])
      .toArray(),
    db.deviceMeta.toArray(),
  ]);
}

/**
 * What the whole board read waits for ('recboard:board-complete': columns, workshops, every
 * card), read plainly. The action items' progress is read beside it but not waited for.
 */
export async function readWholePlain(db: RecboardDatabase): Promise<void> {
  const board = DEFAULT_BOARD_ID;
  await Promise.all([
    db.columns.where('boardId').equals(board).toArray(),
    db.recommendations.where('boardId').equals(board).toArray(),
    db.workshops.where('boardId').equals(board).toArray(),
  ]);
}
