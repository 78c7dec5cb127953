import type { FileRead, ReadFileRequest } from '../domain/formats/import-plan';
import { isMarkdownReport } from '../domain/formats/markdown-import';
import { PngTextError, readPngText, SNAPSHOT_PNG_KEYWORD } from '../domain/formats/png-text-chunk';
import { capProblems, type FileProblem } from '../domain/formats/snapshot-problem';
import { planTrelloImport } from '../domain/formats/trello-import';
import { TrelloBoardSchema } from '../domain/formats/trello-schema';
import type { WorkerProgress } from '../lib/worker-rpc';
import { readCsvFile, readMarkdownFile } from './read-csv-file';
import { parseJson, readFileContent } from './read-file-bytes';
import { isSnapshotJson, readSnapshot } from './read-snapshot';

type Progress = (progress: WorkerProgress) => void;

/**
 * A file read and checked: a snapshot (JSON or PNG, migrated), a Trello board, or a CSV; or
 * the problems that refuse it, at most a screenful.
 */
export async function readImportFile(
  request: ReadFileRequest,
  progress: Progress,
): Promise<FileRead> {
  const result = await readAnyFile(request, progress);
  return result.ok ? result : { ok: false, problems: capProblems(result.problems) };
}

async function readAnyFile(request: ReadFileRequest, progress: Progress): Promise<FileRead> {
  const content = await readFileContent(request.file);
  if ('code' in content) return refuse(content);
  if (content.kind === 'text') {
    return isMarkdownReport(content.text)
      ? readMarkdownFile(content.text, request.csv)
      : readCsvFile(content.text, request.csv);
  }
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

function refuse(problem: FileProblem): FileRead {
  return { ok: false, problems: [problem] };
}
