import type { ExtractionResult } from './types';

/*
 * What the page asks the report worker (workers/report.worker.ts) and what it answers. Here,
 * in domain/, because both sides need it and features may not import workers.
 */

/** A pasted or opened plain-text report (.txt, .md), or the bytes of a .docx or .pdf file. */
export type ReportRequest =
  | { format: 'text'; text: string }
  | { format: 'docx' | 'pdf'; bytes: ArrayBuffer };

export interface ReportReading {
  /** The report's text, NFC: candidates' offsets point into it, the review screen shows it. */
  text: string;
  extraction: ExtractionResult;
}
