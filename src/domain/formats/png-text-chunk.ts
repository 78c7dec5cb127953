import { crc32 } from './crc32';

/*
 * A snapshot travels inside a PNG picture of the board: the JSON goes in an iTXt chunk (UTF-8
 * text, uncompressed) placed before IEND, so any image viewer shows the picture and Recboard
 * can read the board back. Pure bytes in, bytes out: it runs in a worker.
 */

export const SNAPSHOT_PNG_KEYWORD = 'recboard-snapshot';

export type PngTextErrorCode =
  | 'not_png'
  | 'truncated'
  | 'bad_crc'
  | 'bad_keyword'
  | 'bad_text_chunk'
  | 'compressed_text';

/** A file that is not a whole, undamaged PNG, or a text chunk Recboard cannot read. */
export class PngTextError extends Error {
  constructor(readonly code: PngTextErrorCode) {
    super(`PNG text chunk: ${code}`);
    this.name = 'PngTextError';
  }
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const MAX_CHUNK_LENGTH = 0x7fffffff;

interface Chunk {
  type: string;
  /** Where the whole chunk (length, type, data, CRC) starts and ends in the file. */
  start: number;
  end: number;
  data: Uint8Array;
}

/** Every chunk up to and including IEND, each CRC checked. */
function readChunks(png: Uint8Array): Chunk[] {
  if (png.length < SIGNATURE.length || SIGNATURE.some((byte, i) => png[i] !== byte)) {
    throw new PngTextError('not_png');
  }
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: Chunk[] = [];
  let offset = SIGNATURE.length;
  for (;;) {
    if (offset + 12 > png.length) throw new PngTextError('truncated');
    const length = view.getUint32(offset);
    const end = offset + 12 + length;
    if (length > MAX_CHUNK_LENGTH || end > png.length) throw new PngTextError('truncated');
    if (crc32(png, offset + 4, end - 4) !== view.getUint32(end - 4)) {
      throw new PngTextError('bad_crc');
    }
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    chunks.push({ type, start: offset, end, data: png.subarray(offset + 8, end - 4) });
    if (type === 'IEND') return chunks;
    offset = end;
  }
}

interface TextChunk {
  keyword: string;
  compressed: boolean;
  text: Uint8Array;
}

function parseITxt(data: Uint8Array): TextChunk {
  const keywordEnd = data.indexOf(0);
  const languageEnd = keywordEnd < 0 ? -1 : data.indexOf(0, keywordEnd + 3);
  const translatedEnd = languageEnd < 0 ? -1 : data.indexOf(0, languageEnd + 1);
  if (translatedEnd < 0) throw new PngTextError('bad_text_chunk');
  return {
    keyword: String.fromCharCode(...data.subarray(0, keywordEnd)),
    compressed: data[keywordEnd + 1] !== 0,
    text: data.subarray(translatedEnd + 1),
  };
}

/** The text stored under `keyword`, or null when the PNG has none. Throws `PngTextError`. */
export function readPngText(png: Uint8Array, keyword: string): string | null {
  for (const chunk of readChunks(png)) {
    if (chunk.type !== 'iTXt') continue;
    const text = parseITxt(chunk.data);
    if (text.keyword !== keyword) continue;
    if (text.compressed) throw new PngTextError('compressed_text');
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(text.text);
    } catch {
      throw new PngTextError('bad_text_chunk');
    }
  }
  return null;
}

/** A copy of the PNG with `text` under `keyword`, replacing any text already stored there. */
export function writePngText(png: Uint8Array, keyword: string, text: string): Uint8Array {
  if (!/^[\x21-\x7e](?:[\x20-\x7e]{0,77}[\x21-\x7e])?$/.test(keyword) || keyword.includes('  ')) {
    throw new PngTextError('bad_keyword');
  }
  const chunks = readChunks(png);
  const kept = chunks.filter(
    (chunk) => chunk.type !== 'iTXt' || parseITxt(chunk.data).keyword !== keyword,
  );
  const body = new TextEncoder().encode(text);
  // keyword, NUL, compression flag 0, method 0, empty language tag + NUL, empty translation + NUL
  const data = new Uint8Array(keyword.length + 5 + body.length);
  for (let i = 0; i < keyword.length; i += 1) data[i] = keyword.charCodeAt(i);
  data.set(body, keyword.length + 5);
  const added = encodeChunk('iTXt', data);

  const size = SIGNATURE.length + added.length + kept.reduce((n, c) => n + c.end - c.start, 0);
  const out = new Uint8Array(size);
  out.set(SIGNATURE);
  let offset = SIGNATURE.length;
  for (const chunk of kept) {
    if (chunk.type === 'IEND') {
      out.set(added, offset);
      offset += added.length;
    }
    out.set(png.subarray(chunk.start, chunk.end), offset);
    offset += chunk.end - chunk.start;
  }
  return out;
}

function encodeChunk(type: string, data: Uint8Array): Uint8Array {
  if (data.length > MAX_CHUNK_LENGTH) throw new PngTextError('bad_text_chunk');
  const chunk = new Uint8Array(data.length + 12);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i += 1) chunk[4 + i] = type.charCodeAt(i);
  chunk.set(data, 8);
  view.setUint32(chunk.length - 4, crc32(chunk, 4, chunk.length - 4));
  return chunk;
}
