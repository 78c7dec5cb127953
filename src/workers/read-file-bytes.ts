import { MAX_IMPORT_BYTES } from '../domain/formats/csv-import';
import type { FileProblem } from '../domain/formats/snapshot-problem';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export type FileContent =
  | { kind: 'png'; bytes: Uint8Array }
  | { kind: 'json'; text: string }
  | { kind: 'text'; text: string };

/**
 * A file's content and what it looks like, from its first bytes: a PNG signature, JSON's
 * opening bracket, or any other text (read as CSV). Refused from its size alone when too
 * large, so a 50 MB file is never read whole.
 */
export async function readFileContent(file: Blob): Promise<FileContent | FileProblem> {
  if (file.size > MAX_IMPORT_BYTES) return { code: 'file_too_large', limit: MAX_IMPORT_BYTES };
  if (file.size === 0) return { code: 'empty_file' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (PNG_SIGNATURE.every((byte, index) => bytes[index] === byte)) return { kind: 'png', bytes };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { code: 'not_utf8' };
  }
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start === '') return { code: 'empty_file' };
  return start.startsWith('{') || start.startsWith('[')
    ? { kind: 'json', text }
    : { kind: 'text', text };
}

/** JSON, or where it broke: the line and column as an editor counts them. */
export function parseJson(text: string): { ok: true; json: unknown } | FileProblem {
  try {
    return { ok: true, json: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const at = /position (\d+)/.exec(message);
    const position = at ? Number(at[1]) : text.length;
    const before = text.slice(0, position).split('\n');
    return { code: 'not_json', line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
  }
}
