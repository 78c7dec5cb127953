import { serveRequests } from '../lib/worker-rpc';
import { createReportReader } from './report/read-report';

/*
 * Reads a workshop report (pasted text, .txt, .md, .docx, .pdf) and extracts its candidate
 * recommendations off the main thread. mammoth and PDF.js load only when a file needs them;
 * PDF.js runs its parser here too (its "fake worker"), so nothing heavy touches the page.
 */
const readReport = createReportReader({
  mammoth: async () => (await import('mammoth')).default,
  pdfjs: async () => {
    const [pdfjs, parser] = await Promise.all([
      import('pdfjs-dist'),
      import('pdfjs-dist/build/pdf.worker.min.mjs'),
    ]);
    // PDF.js looks here before starting a worker of its own: we are one already.
    Object.assign(globalThis, { pdfjsWorker: parser });
    return pdfjs;
  },
});

serveRequests(self, readReport);
