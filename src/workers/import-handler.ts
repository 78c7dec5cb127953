import type { RecboardDatabase } from '../db/database';
import type {
  ImportRequest,
  MergePreview,
  ReadFileResult,
  SnapshotWritten,
} from '../domain/formats/import-plan';
import type { JournalEntry } from '../domain/journal';
import type { SnapshotData } from '../domain/snapshot';
import type { WorkerProgress } from '../lib/worker-rpc';
import { createJournalWriter, type JournalWriter } from '../repositories/journal-writer';
import {
  createSnapshotImportRepository,
  type SnapshotImportRepository,
} from '../repositories/snapshot-import-repository';
import { mergePreview } from './merge-preview';
import { readImportFile } from './read-import-file';

type Progress = (progress: WorkerProgress) => void;

/** The snapshot whose file was read last, and the number the page names it by. */
interface HeldSnapshot {
  held: number;
  data: SnapshotData;
}

interface Writing {
  writer: JournalWriter;
  imports: SnapshotImportRepository;
}

/**
 * The import worker's one entry point (import.worker.ts serves it; tests call it in their own
 * thread). A snapshot's rows stay here from its reading to its writing (decision 017): a
 * 50,000-card file is a few hundred megabytes of objects, which the page would take in one
 * task to receive and another to journal. The page gets its summary and says "write it";
 * this worker writes it through the same journaled repository as the page would, on its own
 * connection, and the page learns of the rows from Dexie's change event, as from another tab.
 */
export function createImportHandler(openDatabase: () => Promise<RecboardDatabase>) {
  let last: HeldSnapshot | null = null;
  let reads = 0;
  let repository: Promise<Writing> | null = null;

  /** The database is opened on the first preview or write, not for a file only read. */
  function imports(): Promise<Writing> {
    repository ??= openDatabase().then((db) => {
      const writer = createJournalWriter(db);
      return { writer, imports: createSnapshotImportRepository(db, writer) };
    });
    // A failed open is not kept: the next request tries again.
    repository.catch(() => {
      repository = null;
    });
    return repository;
  }

  function heldSnapshot(held: number): SnapshotData {
    if (last?.held !== held) throw new Error('The file is no longer open here: choose it again.');
    return last.data;
  }

  async function write(
    request: { held: number; mode: 'replace' | 'merge' },
    progress: Progress,
  ): Promise<SnapshotWritten> {
    // Taken at once, so a second request for the same file finds nothing to write; given
    // back if the write fails (its transaction wrote nothing), so it can be tried again.
    const taken = { held: request.held, data: heldSnapshot(request.held) };
    last = null;
    const committed: { entry?: JournalEntry } = {};
    let stop = () => {};
    try {
      const { writer, imports: repo } = await imports();
      // One file is written at a time (one is held), so the entry committed is this one's.
      stop = writer.onCommitted((entry) => {
        committed.entry = entry;
      });
      const outcome: SnapshotWritten['outcome'] =
        request.mode === 'replace'
          ? { kind: 'replaced', count: await repo.replace(taken.data, progress) }
          : await repo.merge(taken.data, progress).then((merged) => ({
              kind: 'merged',
              added: merged.added,
              updated: merged.updated,
              conflicts: merged.conflicts.length,
            }));
      const { entry } = committed;
      return { outcome, entry: entry ? { id: entry.id, action: entry.action } : null };
    } catch (error) {
      last ??= taken;
      throw error;
    } finally {
      stop();
    }
  }

  return async function handleImportRequest(
    request: ImportRequest,
    progress: Progress,
  ): Promise<ReadFileResult | MergePreview | SnapshotWritten | null> {
    if (request.kind === 'release') {
      last = null;
      return null;
    }
    if (request.kind === 'merge-preview') {
      const incoming = heldSnapshot(request.held);
      return mergePreview(await (await imports()).imports.current(), incoming);
    }
    if (request.kind === 'write-snapshot') return write(request, progress);
    // Only the latest file is held: a new one, whatever it is, lets the last one go.
    last = null;
    const read = await readImportFile(request, progress);
    if (!read.ok || read.format !== 'snapshot') return read;
    const { snapshot, ...rest } = read;
    last = { held: ++reads, data: snapshot.data };
    const summary = {
      exportedAt: snapshot.exportedAt,
      appVersion: snapshot.app.version,
      schemaVersion: snapshot.schemaVersion,
      recommendations: snapshot.data.recommendations.length,
    };
    return { ...rest, summary, held: last.held };
  };
}
