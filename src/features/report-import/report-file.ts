import type { ReportRequest } from '../../domain/report-extraction/report-request';

/** The files the importer opens, by extension: a browser's MIME types for .md vary too much. */
export const REPORT_FILE_ACCEPT = '.txt,.md,.markdown,.docx,.pdf';

export type ReportFileKind = 'text' | 'docx' | 'pdf';

export function reportFileKind(fileName: string): ReportFileKind | null {
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'txt' || extension === 'md' || extension === 'markdown') return 'text';
  if (extension === 'docx' || extension === 'pdf') return extension;
  return null;
}

/** What the worker is sent for a file: its text, or its bytes (handed over, not copied). */
export async function reportRequest(
  file: Blob,
  kind: ReportFileKind,
): Promise<{ request: ReportRequest; transfer: Transferable[] }> {
  if (kind === 'text')
    return { request: { format: 'text', text: await file.text() }, transfer: [] };
  const bytes = await file.arrayBuffer();
  return { request: { format: kind, bytes }, transfer: [bytes] };
}
