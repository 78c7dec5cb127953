import { ENGLISH_VOCAB } from '../domain/formats/fixtures/sample-board';
import type { ImportRequest, ReadFileResult } from '../domain/formats/import-plan';
import { SNAPSHOT_FORMAT, type SnapshotData } from '../domain/snapshot';
import { handleImportRequest } from './import-handler';

/** A read request for a file, as the page sends it (English vocabulary, automatic mapping). */
export function readRequest(file: Blob): ImportRequest {
  return {
    kind: 'read',
    file,
    csv: { mapping: null, vocab: ENGLISH_VOCAB, extraHeaders: {} },
    trello: { boardId: '01900000-0000-7000-8000-000000000001', now: '2026-11-22T09:00:00.000Z' },
  };
}

/** Reads a file through the worker's handler, in this thread (jsdom has no Worker). */
export async function readFile(file: Blob): Promise<ReadFileResult> {
  return (await handleImportRequest(readRequest(file), () => {})) as ReadFileResult;
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
