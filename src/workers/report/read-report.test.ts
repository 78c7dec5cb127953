import { describe, expect, it } from 'vitest';
import { extractRecommendations } from '../../domain/report-extraction/extract-recommendations';
import seed from '../../domain/report-extraction/fixtures/000_86feef317d7116cf.txt?raw';
import type { WorkerProgress } from '../../lib/worker-rpc';
import { createReportReader } from './read-report';
import { docxFromText, pdfFromText } from './testing/report-files';

/* The report worker's handler, called directly, with Node's builds of mammoth and PDF.js. */

const readReport = createReportReader({
  // mammoth's Node build takes a Buffer where the browser build takes an ArrayBuffer.
  mammoth: async () => {
    const mammoth = (await import('mammoth')).default;
    return {
      convertToHtml: (input, options) =>
        mammoth.convertToHtml({ buffer: Buffer.from(input.arrayBuffer) }, options),
    };
  },
  pdfjs: () => import('pdfjs-dist/legacy/build/pdf.mjs'),
});
const bytesOf = (file: Uint8Array): ArrayBuffer =>
  file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer;
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('reading a report in the worker', () => {
  const expected = extractRecommendations(seed).candidates.map((c) => collapse(c.text));

  it('extracts pasted text, and its offsets point into the text it returns', async () => {
    const reading = await readReport({ format: 'text', text: seed }, () => {});
    expect(reading.extraction.candidates.map((c) => c.text)).toEqual(expected);
    for (const candidate of reading.extraction.candidates) {
      const passage = reading.text.slice(candidate.sourceStart, candidate.sourceEnd);
      expect(collapse(passage)).toContain(collapse(candidate.text));
    }
    expect(reading.extraction.workshop.date).toBe('2017-06-20');
  });

  it('returns NFC text whatever the encoding pasted', async () => {
    // কো typed as two vowel signs, as some keyboards do; NFC makes it one.
    const decomposed = 'প্রবাসী কর্মীদের প্রশিক্ষণ দিতে হবে, বলেন ক\u09C7\u09BEষাধ্যক্ষ।';
    const reading = await readReport({ format: 'text', text: decomposed }, () => {});
    expect(reading.text).toBe(decomposed.normalize('NFC'));
    expect(reading.text).not.toBe(decomposed);
  });

  it('reads a .docx with its bullets, so its list items are found as in the text', async () => {
    const file = await docxFromText(seed);
    const reading = await readReport({ format: 'docx', bytes: bytesOf(file) }, () => {});
    expect(reading.text).toContain('• Importance of skills training based on market analysis');
    const texts = reading.extraction.candidates.map((c) => collapse(c.text));
    expect(texts).toEqual(expected);
    expect(reading.extraction.candidates.filter((c) => c.form === 'list')).toHaveLength(4);
  });

  it('reads a .pdf page by page, reporting progress, with page numbers in the locators', async () => {
    const file = await pdfFromText(`${seed}\f${seed}`);
    const seen: WorkerProgress[] = [];
    const reading = await readReport({ format: 'pdf', bytes: bytesOf(file) }, (p) => seen.push(p));
    // Each copy of the report takes two printed pages.
    expect(seen.map((p) => p.done)).toEqual([0, 1, 2, 3, 4]);
    expect(seen[0]?.total).toBe(4);
    expect(reading.text.split('\f')).toHaveLength(4);
    // Wrapped in a proportional font, one line ("… and the Global") holds fewer characters
    // than most: the extractor, counting characters, takes it for a paragraph's end there. Each
    // candidate is the text's own, or the start of it.
    const texts = reading.extraction.candidates.map((c) => collapse(c.text));
    expect(texts).toHaveLength(expected.length * 2);
    texts.forEach((text, index) => {
      const whole = expected[index % expected.length] ?? '';
      expect(whole.startsWith(text) && text.length > whole.length * 0.7).toBe(true);
    });
    expect(texts.filter((text, index) => text === expected[index % expected.length])).toHaveLength(
      (expected.length - 1) * 2,
    );
    expect(reading.extraction.candidates.at(-1)?.locator).toMatch(/^p\. 4, /);
  });
});
