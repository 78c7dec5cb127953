import {
  Document,
  HeadingLevel,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
} from 'docx';
import { PDFDocument, type PDFFont, StandardFonts } from 'pdf-lib';

/*
 * Word and PDF versions of a plain-text report, made on the spot for the tests and the e2e
 * set-up (nothing downloaded, nothing binary checked in). Form feeds start a new page; lines
 * starting with '•' are bulleted list items; '# ' lines are headings; '|' rows are a table.
 */

const BULLET = /^\s*•\s*/;
const HEADING = /^(#{1,3})\s+/;
const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];

export async function docxFromText(text: string): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  const pages = text.split('\f');
  pages.forEach((page, index) => {
    if (index > 0) children.push(new Paragraph({ children: [new PageBreak()] }));
    const lines = page.split('\n');
    for (let i = 0; i < lines.length; i += 1) {
      const line = lines[i] ?? '';
      if (line.trim() === '') continue;
      if (line.trim().startsWith('|')) {
        const rows: string[] = [];
        while (lines[i]?.trim().startsWith('|')) rows.push(lines[i++] ?? '');
        i -= 1;
        children.push(docxTable(rows));
      } else if (BULLET.test(line)) {
        children.push(new Paragraph({ text: line.replace(BULLET, ''), bullet: { level: 0 } }));
      } else {
        const heading = HEADING.exec(line);
        const level = heading ? LEVELS[(heading[1]?.length ?? 1) - 1] : undefined;
        children.push(new Paragraph({ text: line.replace(HEADING, ''), heading: level }));
      }
    }
  });
  const document = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

function docxTable(rows: string[]): Table {
  return new Table({
    rows: rows
      .filter((row) => !/^[\s|:-]+$/.test(row))
      .map(
        (row) =>
          new TableRow({
            children: row
              .trim()
              .replace(/^\||\|$/g, '')
              .split('|')
              .map((cell) => new TableCell({ children: [new Paragraph(cell.trim())] })),
          }),
      ),
  });
}

const PAGE = { width: 595, height: 842, margin: 56 };
const FONT_SIZE = 11;
const LEADING = 14;

/**
 * A PDF that prints the text in Helvetica, wrapping long lines at the page's width. Characters
 * Helvetica cannot encode (WinAnsi) print as '?': keep fixtures to Latin text.
 */
export async function pdfFromText(text: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const width = PAGE.width - 2 * PAGE.margin;
  for (const pageText of text.split('\f')) {
    let page = pdf.addPage([PAGE.width, PAGE.height]);
    let y = PAGE.height - PAGE.margin;
    for (const line of pageText.split('\n').flatMap((l) => wrap(encodable(l), font, width))) {
      if (y < PAGE.margin) {
        page = pdf.addPage([PAGE.width, PAGE.height]);
        y = PAGE.height - PAGE.margin;
      }
      const indent = line.length - line.trimStart().length;
      page.drawText(line.trim(), {
        x: PAGE.margin + indent * FONT_SIZE * 0.5,
        y,
        size: FONT_SIZE,
        font,
      });
      y -= LEADING;
    }
  }
  return pdf.save();
}

function encodable(line: string): string {
  return line.replace(/[^\x20-\x7E\u00A0-\u00FF‘’“”•–—…€]/g, '?');
}

function wrap(line: string, font: PDFFont, width: number): string[] {
  if (font.widthOfTextAtSize(line, FONT_SIZE) <= width) return [line];
  const indent = line.slice(0, line.length - line.trimStart().length);
  const out: string[] = [];
  let current = '';
  for (const word of line.trim().split(/\s+/)) {
    const next = current === '' ? `${indent}${word}` : `${current} ${word}`;
    if (current !== '' && font.widthOfTextAtSize(next, FONT_SIZE) > width) {
      out.push(current);
      current = `${indent}${word}`;
    } else current = next;
  }
  if (current !== '') out.push(current);
  return out;
}
