import { extractRecommendations } from '../../domain/report-extraction/extract-recommendations';
import type { ReportReading, ReportRequest } from '../../domain/report-extraction/report-request';
import type { WorkerProgress } from '../../lib/worker-rpc';
import { type Mammoth, readDocxText } from './docx-text';
import { type PdfJs, readPdfText } from './pdf-text';

/** Where the heavy readers come from: loaded on first use only (the browser's or Node's). */
export interface ReportLibraries {
  mammoth: () => Promise<Mammoth>;
  pdfjs: () => Promise<PdfJs>;
}

/**
 * The report worker's one request: the report's text (read from the file when it is one) and
 * the candidates in it. The text is NFC, so the offsets the review screen highlights point
 * into the very text it shows, and cards are stored as they are shown.
 */
export function createReportReader(libraries: ReportLibraries) {
  return async (
    request: ReportRequest,
    onProgress: (progress: WorkerProgress) => void,
  ): Promise<ReportReading> => {
    const raw = await reportText(request, libraries, onProgress);
    const text = raw.normalize('NFC');
    return { text, extraction: extractRecommendations(text) };
  };
}

async function reportText(
  request: ReportRequest,
  libraries: ReportLibraries,
  onProgress: (progress: WorkerProgress) => void,
): Promise<string> {
  if (request.format === 'text') return request.text;
  if (request.format === 'docx') return readDocxText(request.bytes, await libraries.mammoth());
  return readPdfText(request.bytes, await libraries.pdfjs(), onProgress);
}
