import type { RecboardDatabase } from '../db/database';
import { ENGLISH_REPORT_LABELS, ENGLISH_VOCAB } from '../domain/formats/fixtures/sample-board';
import type { FileRead, ReadFileRequest } from '../domain/formats/import-plan';
import { SYNCED_TABLES } from '../domain/journal';
import { SNAPSHOT_FORMAT, type SnapshotData } from '../domain/snapshot';
import { readImportFile } from './read-import-file';

/** A read request for a file, as the page sends it (English vocabulary, automatic mapping). */
export function readRequest(file: Blob): ReadFileRequest {
  return {
    kind: 'read',
    file,
    csv: {
      mapping: null,
      vocab: ENGLISH_VOCAB,
      extraHeaders: {},
      reportWords: [ENGLISH_REPORT_LABELS],
    },
    trello: { boardId: '01900000-0000-7000-8000-000000000001', now: '2026-11-22T09:00:00.000Z' },
  };
}

/** Reads a file as the worker does, in this thread (jsdom has no Worker): a snapshot whole. */
export function readFile(file: Blob): Promise<FileRead> {
  return readImportFile(readRequest(file), () => {});
}

/** A snapshot file's text, at a schema version. */
export function snapshotText(
  data: Partial<SnapshotData> | Record<string, unknown>,
  schemaVersion = 4,
): string {
  return JSON.stringify({
    format: SNAPSHOT_FORMAT,
    schemaVersion,
    exportedAt: '2026-11-22T09:00:00.000Z',
    app: { name: 'Recboard', version: '0.1.0' },
    data,
  });
}

export function textFile(text: string, type = 'application/json'): Blob {
  return new Blob([text], { type });
}

/** Every synced table as stored, each sorted by id. */
export async function syncedRows(db: RecboardDatabase) {
  const rows: Record<string, unknown[]> = {};
  for (const table of SYNCED_TABLES) {
    const list = (await db.table(table).toArray()) as { id: string }[];
    rows[table] = list.sort((a, b) => (a.id < b.id ? -1 : 1));
  }
  return rows;
}
