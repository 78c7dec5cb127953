import type { WorkerProgress } from '../../lib/worker-rpc';
import { type PdfTextRun, pageText } from './pdf-page-text';

/** What this module uses of PDF.js: the browser build in the worker, the legacy one in Node. */
export type PdfJs = Pick<typeof import('pdfjs-dist'), 'getDocument'>;

type TextContentItem = Awaited<
  ReturnType<
    Awaited<ReturnType<import('pdfjs-dist').PDFDocumentProxy['getPage']>>['getTextContent']
  >
>['items'][number];

/**
 * A PDF's text, page by page, joined by form feeds: the extractor counts pages by them, so its
 * locators say 'p. 3'. Progress is pages read of the document's total.
 */
export async function readPdfText(
  bytes: ArrayBuffer,
  pdfjs: PdfJs,
  onProgress: (progress: WorkerProgress) => void = () => {},
): Promise<string> {
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    // No eval (strict CSP), no fonts loaded into a document: only the text is read.
    isEvalSupported: false,
    disableFontFace: true,
    stopAtErrors: false,
    // Errors only: a standard font without its data file still gives its text and widths.
    verbosity: 0,
  });
  const pdf = await task.promise;
  try {
    const total = pdf.numPages;
    const pages: string[] = [];
    onProgress({ done: 0, total });
    for (let number = 1; number <= total; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      pages.push(pageText(content.items.flatMap(toRun)));
      page.cleanup();
      onProgress({ done: number, total });
    }
    return pages.join('\f');
  } finally {
    await task.destroy();
  }
}

function toRun(item: TextContentItem): PdfTextRun[] {
  if (!('str' in item)) return [];
  const [, , , , x = 0, y = 0] = item.transform as number[];
  return [{ str: item.str, x, y, width: item.width, height: item.height, hasEOL: item.hasEOL }];
}
