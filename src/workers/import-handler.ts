import type {
  ImportRequest,
  MergePreview,
  ReadFileRequest,
  ReadFileResult,
} from '../domain/formats/import-plan';
import { PngTextError, readPngText, SNAPSHOT_PNG_KEYWORD } from '../domain/formats/png-text-chunk';
import { capProblems, type FileProblem } from '../domain/formats/snapshot-problem';
import { planTrelloImport } from '../domain/formats/trello-import';
import { TrelloBoardSchema } from '../domain/formats/trello-schema';
import type { WorkerProgress } from '../lib/worker-rpc';
import { mergePreview } from './merge-preview';
import { readCsvFile } from './read-csv-file';
import { parseJson, readFileContent } from './read-file-bytes';
import { isSnapshotJson, readSnapshot } from './read-snapshot';

type Progress = (progress: WorkerProgress) => void;

/** The import worker's one entry point (import.worker.ts serves it; tests call it directly). */
export async function handleImportRequest(
  request: ImportRequest,
  progress: Progress,
): Promise<ReadFileResult | MergePreview> {
  if (request.kind === 'merge-preview') return mergePreview(request.local, request.incoming);
  const result = await readImportFile(request, progress);
  return result.ok ? result : { ok: false, problems: capProblems(result.problems) };
}

async function readImportFile(
  request: ReadFileRequest,
  progress: Progress,
): Promise<ReadFileResult> {
  const content = await readFileContent(request.file);
  if ('code' in content) return refuse(content);
  if (content.kind === 'text') return readCsvFile(content.text, request.csv);
  const text = content.kind === 'png' ? pngSnapshotText(content.bytes) : content.text;
  if (typeof text !== 'string') return refuse(text);
  const parsed = parseJson(text);
  if (!('ok' in parsed)) return refuse(parsed);
  const container = content.kind === 'png' ? 'png' : 'json';
  if (container === 'png' || isSnapshotJson(parsed.json)) {
    const read = readSnapshot(parsed.json, progress);
    return read.ok ? { ...read, format: 'snapshot', container } : read;
  }
  if (looksLikeTrello(parsed.json)) {
    const board = TrelloBoardSchema.safeParse(parsed.json);
    if (!board.success) {
      const path = board.error.issues[0]?.path.map(String).join('.') ?? '';
      return refuse({ code: 'not_a_trello_board', path });
    }
    return { ok: true, format: 'trello', plan: planTrelloImport(board.data, request.trello) };
  }
  return refuse({ code: 'unknown_format' });
}

function pngSnapshotText(bytes: Uint8Array): string | FileProblem {
  try {
    return readPngText(bytes, SNAPSHOT_PNG_KEYWORD) ?? { code: 'png_without_snapshot' };
  } catch (error) {
    if (error instanceof PngTextError) return { code: 'damaged_png' };
    throw error;
  }
}

/** A Trello export names its lists and cards; a Recboard snapshot names its format. */
function looksLikeTrello(json: unknown): boolean {
  return (
    typeof json === 'object' &&
    json !== null &&
    Array.isArray(Reflect.get(json, 'lists')) &&
    Array.isArray(Reflect.get(json, 'cards'))
  );
}

function refuse(problem: FileProblem): ReadFileResult {
  return { ok: false, problems: [problem] };
}
