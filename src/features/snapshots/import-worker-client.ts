import type {
  ImportRequest,
  MergePreview,
  MergePreviewRequest,
  ReadFileRequest,
  ReadFileResult,
  SnapshotWritten,
  WriteSnapshotRequest,
} from '../../domain/formats/import-plan';
import { callWorker, type WorkerProgress } from '../../lib/worker-rpc';

let worker: Worker | null = null;

/** The import worker, started on first use: a board that never imports never loads it. */
function importWorker(): Worker {
  worker ??= new Worker(new URL('../../workers/import.worker.ts', import.meta.url), {
    type: 'module',
  });
  return worker;
}

export function readInWorker(
  request: ReadFileRequest,
  onProgress?: (progress: WorkerProgress) => void,
): Promise<ReadFileResult> {
  return callWorker<ImportRequest, ReadFileResult>(importWorker(), request, {
    ...(onProgress ? { onProgress } : {}),
  });
}

export function previewMergeInWorker(request: MergePreviewRequest): Promise<MergePreview> {
  return callWorker<ImportRequest, MergePreview>(importWorker(), request);
}

/** The snapshot the worker read, written by the worker (decision 017). */
export function writeSnapshotInWorker(
  request: WriteSnapshotRequest,
  onProgress: (progress: WorkerProgress) => void,
): Promise<SnapshotWritten> {
  return callWorker<ImportRequest, SnapshotWritten>(importWorker(), request, { onProgress });
}

/** The import is closed: the worker, if started, lets go of the file it holds. */
export function releaseInWorker(): void {
  if (worker) void callWorker<ImportRequest, null>(worker, { kind: 'release' });
}
