import { afterEach, describe, expect, it } from 'vitest';
import { EARLY_READ_GLOBAL } from '../db/early-read/early-read-global';
import { readBoardEarly } from '../db/early-read/read-board-early';
import { SCHEMA_VERSIONS } from '../db/schema-versions';
import { createTestBoard, createTestDatabase } from '../testing/test-database';
import { LATEST_IDB_VERSION, takeEarlyBoardRows } from './early-board-rows';

/** What index.html runs: the function's source alone, with nothing from this module around it. */
const inlinedReadBoardEarly = new Function(
  `return (${readBoardEarly.toString()});`,
)() as typeof readBoardEarly;

async function databaseExists(name: string): Promise<boolean> {
  return (await indexedDB.databases()).some((info) => info.name === name);
}

afterEach(() => {
  delete window[EARLY_READ_GLOBAL];
});

describe('the early board read', () => {
  it('reads, from its source alone, the rows the repositories read, at the latest version', async () => {
    const { db, repositories, boardId } = await createTestBoard();
    const [first] = await repositories.recommendations.listOnBoard(boardId);
    if (!first) throw new Error('the sample board has no cards');
    await repositories.recommendations.archive(first.id);
    db.close();

    window[EARLY_READ_GLOBAL] = inlinedReadBoardEarly(db.name, boardId);
    const early = await takeEarlyBoardRows();

    await db.open();
    expect(early).not.toBeNull();
    expect(early?.columns).toEqual(await repositories.columns.list(boardId));
    expect(early?.cards).toEqual(await repositories.recommendations.listOnBoard(boardId));
    expect(early?.cards.some((card) => card.id === first.id)).toBe(false);
    expect(early?.workshops).toEqual(await repositories.workshops.list(boardId));
    expect(db.backendDB().version).toBe(LATEST_IDB_VERSION);
  });

  it('is taken once: a later read never gets the same, by then old, rows', async () => {
    const { db, boardId } = await createTestBoard();
    db.close();
    window[EARLY_READ_GLOBAL] = readBoardEarly(db.name, boardId);
    expect(await takeEarlyBoardRows()).not.toBeNull();
    expect(await takeEarlyBoardRows()).toBeNull();
  });

  it('neither creates nor reads a database that does not exist yet', async () => {
    const name = `recboard-test-missing-${crypto.randomUUID()}`;
    expect(await readBoardEarly(name, 'any-board')).toBeNull();
    expect(await databaseExists(name)).toBe(false);
  });

  it('gives nothing for a board that is not there', async () => {
    const { db } = await createTestBoard();
    db.close();
    expect(await readBoardEarly(db.name, crypto.randomUUID())).toBeNull();
  });

  it('leaves a database on an older schema to Dexie, which must upgrade it first', async () => {
    const old = createTestDatabase(SCHEMA_VERSIONS.filter((entry) => entry.version === 1));
    await old.open();
    await old.boards.add({
      id: 'board-1',
      name: 'Old board',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      deletedAt: null,
    });
    old.close();
    const read = await readBoardEarly(old.name, 'board-1');
    expect(read?.idbVersion).toBe(10);
    window[EARLY_READ_GLOBAL] = Promise.resolve(read);
    expect(await takeEarlyBoardRows()).toBeNull();
  });

  it('never keeps another tab from upgrading the database', async () => {
    const { db, boardId } = await createTestBoard();
    db.close();
    const reading = readBoardEarly(db.name, boardId);
    const upgrade = indexedDB.open(db.name, LATEST_IDB_VERSION + 10);
    const upgraded = new Promise<boolean>((resolve) => {
      upgrade.onsuccess = () => {
        upgrade.result.close();
        resolve(true);
      };
      upgrade.onblocked = () => resolve(false);
    });
    await reading;
    expect(await upgraded).toBe(true);
  });
});
