import type { Table } from 'dexie';
import type { RecboardDatabase } from '../db/database';
import { LATEST_SCHEMA_VERSION } from '../db/schema-versions';
import { mergeBoard } from '../domain/formats/merge-board';
import type { MergeConflict } from '../domain/formats/merge-snapshot';
import { type DiscardedRow, SYNCED_TABLES, type SyncedTable } from '../domain/journal';
import {
  SNAPSHOT_FORMAT,
  type Snapshot,
  type SnapshotData,
  SnapshotDataSchema,
} from '../domain/snapshot';
import { nowIso } from '../lib/dates';
import { label } from './action-label';
import { APP_VERSION } from './backup-repository';
import type { JournalWriter } from './journal-writer';
import { appendRanks, type NewRows } from './snapshot-append';
import { readSnapshotRows, snapshotTables } from './snapshot-tables';

/**
 * Rows written per request: each await between them lets the page answer input. 1,000 made
 * tasks of 100-180 ms on the bench machine (50,000 cards), too near the 200 ms budget.
 */
const CHUNK_ROWS = 500;

export type ImportProgress = (progress: { done: number; total: number }) => void;

export interface MergeOutcome {
  added: number;
  updated: number;
  conflicts: MergeConflict[];
}

/**
 * Writes an imported board: replacing this one, merging into it, or adding new rows (a CSV,
 * a Trello board). Each is one journaled write: one transaction, one journal entry, one undo
 * step. The rows come checked (the import worker validates them with zod before the preview),
 * so nothing here parses them again; a write that fails leaves the board as it was.
 */
export function createSnapshotImportRepository(db: RecboardDatabase, writer: JournalWriter) {
  const table = (name: SyncedTable | 'journal') => db.table(name) as Table<unknown, string>;

  async function writeChunks(
    rows: readonly unknown[],
    write: (chunk: unknown[]) => Promise<unknown>,
    tick: (count: number) => void,
  ): Promise<void> {
    for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
      const chunk = rows.slice(start, start + CHUNK_ROWS);
      await write(chunk);
      tick(chunk.length);
    }
  }

  function progressOf(total: number, onProgress: ImportProgress | undefined) {
    let done = 0;
    return (count: number) => {
      done += count;
      onProgress?.({ done, total });
    };
  }

  /** Journal entries the board lacks: the journal is insert-only, so a union by id. */
  async function addJournal(entries: SnapshotData['journal'], tick: (n: number) => void) {
    const known = new Set(await db.journal.toCollection().primaryKeys());
    const fresh = entries.filter((entry) => !known.has(entry.id));
    // Entries the board has are done too: the progress counted every entry of the file.
    tick(entries.length - fresh.length);
    await writeChunks(fresh, (chunk) => table('journal').bulkAdd(chunk), tick);
  }

  return {
    /** Every synced row and the journal, read in one transaction and checked. */
    async current(): Promise<SnapshotData> {
      const rows = await db.transaction('r', snapshotTables(db), () => readSnapshotRows(db));
      return SnapshotDataSchema.parse(rows);
    },

    /**
     * Rows in the file envelope, for an export that is not a backup (a filtered file, a
     * picture): the backup reminder does not count it.
     */
    envelope(data: SnapshotData): Snapshot {
      return {
        format: SNAPSHOT_FORMAT,
        schemaVersion: LATEST_SCHEMA_VERSION,
        exportedAt: nowIso(),
        app: { name: 'Recboard', version: APP_VERSION },
        data,
      };
    },

    /** The board's synced rows become the file's (all removed, then the file's added). */
    async replace(data: SnapshotData, onProgress?: ImportProgress): Promise<number> {
      return writer.run(async () => {
        const keys = new Map<SyncedTable, string[]>();
        for (const name of SYNCED_TABLES) {
          keys.set(name, (await table(name).toCollection().primaryKeys()) as string[]);
        }
        const removing = [...keys.values()].reduce((sum, list) => sum + list.length, 0);
        const adding = SYNCED_TABLES.reduce((sum, name) => sum + data[name].length, 0);
        const tick = progressOf(removing + adding + data.journal.length, onProgress);
        for (const name of SYNCED_TABLES) {
          await writeChunks(
            keys.get(name) ?? [],
            (chunk) => table(name).bulkDelete(chunk as string[]),
            tick,
          );
        }
        for (const name of SYNCED_TABLES) {
          await writeChunks(data[name], (chunk) => table(name).bulkAdd(chunk), tick);
        }
        await addJournal(data.journal, tick);
        const count = data.recommendations.length;
        return { result: count, action: label('board.imported', { count }) };
      });
    },

    /**
     * The file merged into the board by id (merge-board.ts): new rows added, the later version
     * of a changed row kept, tombstones carried; each version set aside stays in the entry.
     */
    async merge(data: SnapshotData, onProgress?: ImportProgress): Promise<MergeOutcome> {
      return writer.run(async () => {
        const local = SnapshotDataSchema.parse(await readSnapshotRows(db));
        const merge = mergeBoard(local, data);
        const total = SYNCED_TABLES.reduce((sum, name) => sum + merge.writes[name].length, 0);
        const tick = progressOf(total + merge.journal.length, onProgress);
        for (const name of SYNCED_TABLES) {
          await writeChunks(merge.writes[name], (chunk) => table(name).bulkPut(chunk), tick);
        }
        await addJournal(merge.journal, tick);
        const cards = merge.counts.recommendations;
        const discarded: DiscardedRow[] = merge.conflicts.map((conflict) => ({
          table: conflict.table as SyncedTable,
          key: conflict.id,
          row: conflict.discarded,
        }));
        const count = cards.added + cards.updated;
        const result = { added: cards.added, updated: cards.updated, conflicts: merge.conflicts };
        return { result, action: label('board.imported', { count }), discarded };
      });
    },

    /**
     * New rows from a CSV or a Trello board: new columns after the board's last, each card at
     * the end of its column in the order given. A card whose id the board already has (a
     * Recboard CSV imported twice) is left out with its items and notes.
     */
    async addRows(
      rows: NewRows,
      onProgress?: ImportProgress,
    ): Promise<{ added: number; skipped: number }> {
      return writer.run(async () => {
        const existing = await db.recommendations.bulkGet(
          rows.recommendations.map((card) => card.id),
        );
        const known = new Set(existing.flatMap((card) => (card ? [card.id] : [])));
        const fresh = await appendRanks(db, {
          ...rows,
          recommendations: rows.recommendations.filter((card) => !known.has(card.id)),
          actionItems: (rows.actionItems ?? []).filter((item) => !known.has(item.recommendationId)),
          progressNotes: (rows.progressNotes ?? []).filter(
            (note) => !known.has(note.recommendationId),
          ),
        });
        const order = [
          'actors',
          'columns',
          'workshops',
          'recommendations',
          'actionItems',
          'progressNotes',
        ] as const;
        const total = order.reduce((sum, name) => sum + (fresh[name]?.length ?? 0), 0);
        const tick = progressOf(total, onProgress);
        for (const name of order) {
          await writeChunks(fresh[name] ?? [], (chunk) => table(name).bulkAdd(chunk), tick);
        }
        const count = fresh.recommendations.length;
        const result = { added: count, skipped: known.size };
        return { result, action: label('board.imported', { count }) };
      });
    },
  };
}
export type SnapshotImportRepository = ReturnType<typeof createSnapshotImportRepository>;
