import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * A PDF's text, read with PDF.js (the app's own dependency): all of it joined by spaces, and
 * each page's on its own.
 */
export async function pdfText(
  pdf: Buffer,
): Promise<{ text: string; pages: number; pageTexts: string[] }> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  const pageTexts: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    const parts: string[] = [];
    for (const item of content.items) if ('str' in item) parts.push(item.str);
    pageTexts.push(parts.join(' ').replace(/\s+/g, ' '));
  }
  return { text: pageTexts.join(' '), pages: document.numPages, pageTexts };
}
