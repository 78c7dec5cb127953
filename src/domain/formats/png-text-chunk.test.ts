import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32';
import { PngTextError, readPngText, SNAPSHOT_PNG_KEYWORD, writePngText } from './png-text-chunk';

// A 1×1 PNG as an image editor writes it: IHDR, IDAT, IEND.
const PIXEL = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  ),
  (char) => char.charCodeAt(0),
);
const TEXT = '{"board":"অভিবাসন বোর্ড","note":"ড়য় \\u0000 ✓"}';

function chunkTypes(png: Uint8Array): string[] {
  const types: string[] = [];
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  for (let offset = 8; offset < png.length; offset += 12 + view.getUint32(offset)) {
    types.push(String.fromCharCode(...png.subarray(offset + 4, offset + 8)));
  }
  return types;
}

function errorCode(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return error instanceof PngTextError ? error.code : 'not a PngTextError';
  }
  return undefined;
}

describe('PNG text chunk', () => {
  it('round-trips Bangla text in an iTXt chunk placed before IEND', () => {
    const png = writePngText(PIXEL, SNAPSHOT_PNG_KEYWORD, TEXT);
    expect(chunkTypes(png)).toEqual(['IHDR', 'IDAT', 'iTXt', 'IEND']);
    expect(readPngText(png, SNAPSHOT_PNG_KEYWORD)).toBe(TEXT);
    expect(readPngText(png, 'other')).toBeNull();
    expect(png.subarray(0, PIXEL.length - 12)).toEqual(PIXEL.subarray(0, PIXEL.length - 12));
  });

  it('writes the chunk as the PNG specification lays it out, CRC included', () => {
    const png = writePngText(PIXEL, 'k', 'ঢ');
    const start = PIXEL.length - 12;
    const view = new DataView(png.buffer);
    expect(view.getUint32(start)).toBe(9);
    expect([...png.subarray(start + 4, start + 17)]).toEqual([
      ...[0x69, 0x54, 0x58, 0x74], // iTXt
      ...[0x6b, 0, 0, 0, 0, 0], // keyword, NUL, flag, method, language NUL, translation NUL
      ...[0xe0, 0xa6, 0xa2], // ঢ in UTF-8
    ]);
    expect(view.getUint32(start + 17)).toBe(crc32(png, start + 4, start + 17));
  });

  it('replaces an earlier text under the same keyword', () => {
    const once = writePngText(PIXEL, SNAPSHOT_PNG_KEYWORD, 'old');
    const twice = writePngText(writePngText(once, 'other', 'keep'), SNAPSHOT_PNG_KEYWORD, 'new');
    expect(chunkTypes(twice)).toEqual(['IHDR', 'IDAT', 'iTXt', 'iTXt', 'IEND']);
    expect(readPngText(twice, SNAPSHOT_PNG_KEYWORD)).toBe('new');
    expect(readPngText(twice, 'other')).toBe('keep');
  });

  it('returns null for a PNG without the chunk', () => {
    expect(readPngText(PIXEL, SNAPSHOT_PNG_KEYWORD)).toBeNull();
  });

  it('refuses a truncated file, a damaged chunk and a file that is not a PNG', () => {
    const png = writePngText(PIXEL, SNAPSHOT_PNG_KEYWORD, TEXT);
    expect(errorCode(() => readPngText(png.subarray(0, png.length - 20), 'x'))).toBe('truncated');
    expect(errorCode(() => readPngText(png.subarray(0, 40), 'x'))).toBe('truncated');
    const damaged = png.slice();
    damaged.set([(damaged[PIXEL.length + 10] ?? 0) ^ 0x01], PIXEL.length + 10);
    expect(errorCode(() => readPngText(damaged, SNAPSHOT_PNG_KEYWORD))).toBe('bad_crc');
    expect(errorCode(() => readPngText(new TextEncoder().encode('GIF89a...'), 'x'))).toBe(
      'not_png',
    );
    expect(errorCode(() => writePngText(PIXEL.subarray(0, 30), 'x', 'y'))).toBe('truncated');
  });

  it('refuses keywords PNG does not allow', () => {
    for (const keyword of ['', ' lead', 'trail ', 'two  spaces', 'ক', 'k'.repeat(80)]) {
      expect(errorCode(() => writePngText(PIXEL, keyword, 'x'))).toBe('bad_keyword');
    }
  });
});
