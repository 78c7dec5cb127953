/*
 * The benchmark harness page: built only with `vite build --mode bench`, served beside the app
 * (same origin, so the same IndexedDB), and driven by Playwright through `window.recboardBench`.
 * Every function generates its rows before starting the clock: generation is never measured.
 */
import Dexie from 'dexie';
import { DATABASE_NAME, RecboardDatabase } from '../../src/db/database';
import { type SnapshotData, SnapshotDataSchema } from '../../src/domain/snapshot';
import { createRepositories } from '../../src/repositories/repositories';
import { putSnapshotRows, snapshotTables } from '../../src/repositories/snapshot-tables';
import { generateBoard } from '../generate-board';
import type { BoardCounts, RecboardBench } from './bench-api';
import { openPlainDatabase, readFirstScreenPlain, readWholePlain } from './plain-database';

const generated = new Map<number, SnapshotData>();

/** The generated board of `size` cards, checked once against the snapshot schema. */
function boardOf(size: number): SnapshotData {
  const cached = generated.get(size);
  if (cached) return cached;
  const data = generateBoard(size);
  const parsed = SnapshotDataSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`generated board of ${size} is not valid: ${issues.join('; ')}`);
  }
  generated.set(size, data);
  return data;
}

/** A database no one else uses, so a measure never meets leftovers of another. */
function freshName(kind: string): string {
  return `recboard-bench-${kind}-${Date.now()}-${Math.floor(Math.random() * 1e9)}`;
}

/**
 * Every synced table, written with plain bulkPut in one transaction and no validation: on a
 * plain connection, what the storage itself costs (the repositories' bulk write adds zod
 * validation, the journal's reads and its entry to the same puts).
 */
async function putAll(db: RecboardDatabase, data: SnapshotData): Promise<void> {
  await db.transaction('rw', snapshotTables(db), () => putSnapshotRows(db, data));
}

/** The app's own connection: the journal middleware installed, as the app opens it. */
async function openDatabase(name?: string): Promise<RecboardDatabase> {
  const db = new RecboardDatabase(name);
  await db.open();
  return db;
}

function countsOf(data: SnapshotData): BoardCounts {
  return {
    recommendations: data.recommendations.length,
    actionItems: data.actionItems.length,
    progressNotes: data.progressNotes.length,
    workshops: data.workshops.length,
    columns: data.columns.length,
  };
}

/** Small enough to cost little, big enough to run every code path of the writes. */
const WARM_UP_SIZE = 100;

const bench: RecboardBench = {
  async prepare(size) {
    boardOf(size);
    await bench.timeBulkWrite(WARM_UP_SIZE);
    await bench.timeBaseline(WARM_UP_SIZE);
  },

  async populate(size) {
    const data = boardOf(size);
    await Dexie.delete(DATABASE_NAME);
    // The generated rows include the board row, so the app finds its board and never seeds
    // the sample; no sample workshop id is used, so no sample banner shows either.
    const db = await openPlainDatabase();
    await putAll(db, data);
    db.close();
    return countsOf(data);
  },

  async timeBulkWrite(size) {
    const data = boardOf(size);
    const name = freshName('bulk');
    const db = await openDatabase(name);
    try {
      const start = performance.now();
      await createRepositories(db).bulkWrite.writeAll(data);
      return performance.now() - start;
    } finally {
      db.close();
      await Dexie.delete(name);
    }
  },

  async timeBaseline(size) {
    const data = boardOf(size);
    const name = freshName('baseline');
    const writer = await openPlainDatabase(name);
    let writeMs: number;
    try {
      const start = performance.now();
      await putAll(writer, data);
      writeMs = performance.now() - start;
    } finally {
      writer.close();
    }
    // A new connection for each read, as a page load has: not served by an earlier one's state.
    const timeRead = async (read: (db: RecboardDatabase) => Promise<void>) => {
      const reader = await openPlainDatabase(name);
      try {
        const start = performance.now();
        await read(reader);
        return performance.now() - start;
      } finally {
        reader.close();
      }
    };
    try {
      const firstScreenReadMs = await timeRead(readFirstScreenPlain);
      const wholeReadMs = await timeRead(readWholePlain);
      return { writeMs, firstScreenReadMs, wholeReadMs };
    } finally {
      await Dexie.delete(name);
    }
  },

  async timeBackup() {
    const db = await openDatabase();
    try {
      const start = performance.now();
      const snapshot = await createRepositories(db).backup.exportSnapshot();
      // As the settings page does before handing the file to the browser's download.
      const blob = new Blob([JSON.stringify(snapshot, null, 2)], { type: 'application/json' });
      return { ms: performance.now() - start, bytes: blob.size };
    } finally {
      db.close();
    }
  },

  async leanSnapshotFile(size) {
    const lean: SnapshotData = {
      ...boardOf(size),
      actionItems: [],
      progressNotes: [],
      journal: [],
      savedViews: [],
    };
    const name = freshName('envelope');
    const db = await openDatabase(name);
    try {
      return JSON.stringify(await createRepositories(db).snapshotImport.envelope(lean));
    } finally {
      db.close();
      await Dexie.delete(name);
    }
  },
};

window.recboardBench = bench;
const status = document.getElementById('status');
if (status) status.textContent = 'Benchmark harness ready';
