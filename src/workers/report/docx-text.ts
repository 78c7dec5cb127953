/**
 * A .docx report as the extractor reads plain text. mammoth reads the Word file into its
 * document tree; this walks the tree and keeps the structure the extractor relies on, which
 * mammoth's own raw text drops: headings as Markdown '#', list items with their bullet or
 * number, table rows with '|' between cells, page breaks as form feeds.
 */

/** The parts of mammoth's document tree (mammoth/lib/documents.js) read here. */
interface DocxNode {
  type: string;
  children?: DocxNode[];
  value?: string;
  styleName?: string | null;
  numbering?: { level?: string | number; isOrdered?: boolean } | null;
  breakType?: string;
}

export type Mammoth = {
  convertToHtml: (
    input: { arrayBuffer: ArrayBuffer },
    options: { transformDocument: (document: DocxNode) => DocxNode },
  ) => Promise<unknown>;
};

export async function readDocxText(bytes: ArrayBuffer, mammoth: Mammoth): Promise<string> {
  let root: DocxNode | null = null;
  await mammoth.convertToHtml(
    { arrayBuffer: bytes },
    {
      // The tree is all that is wanted: an empty document leaves mammoth no HTML to write.
      transformDocument: (document) => {
        root = document;
        return { ...document, children: [] };
      },
    },
  );
  return root ? docxTreeText(root) : '';
}

const HEADING = /^heading\s*([1-6])$/i;

/** Blocks (paragraphs, list items, table rows) as lines, blank lines between paragraphs. */
export function docxTreeText(root: DocxNode): string {
  const out: string[] = [];
  const counters: number[] = [];
  let inList = false;
  const block = (line: string, listItem: boolean) => {
    if (out.length > 0 && !(listItem && inList)) out.push('');
    out.push(line);
    inList = listItem;
  };
  for (const node of root.children ?? []) {
    if (node.type === 'table') {
      for (const row of node.children ?? []) block(tableRowLine(row), true);
      inList = false;
      counters.length = 0;
      continue;
    }
    if (node.type !== 'paragraph') continue;
    const text = inlineText(node).replace(/[ \t]+$/gm, '');
    if (text.trim() === '' && !text.includes('\f')) continue;
    const numbering = node.numbering;
    if (numbering) {
      const level = Math.max(0, Math.min(8, Number(numbering.level) || 0));
      counters.length = level + 1;
      counters[level] = (counters[level] ?? 0) + 1;
      const marker = numbering.isOrdered ? `${counters[level]}.` : '•';
      block(`${'  '.repeat(level)}${marker} ${text.trim()}`, true);
      continue;
    }
    counters.length = 0;
    const heading = HEADING.exec(node.styleName ?? '');
    const hashes = node.styleName === 'Title' ? '#' : heading ? '#'.repeat(Number(heading[1])) : '';
    block(hashes ? `${hashes} ${text.trim()}` : text, false);
  }
  return out.join('\n');
}

function inlineText(node: DocxNode): string {
  if (node.type === 'text') return node.value ?? '';
  if (node.type === 'tab') return '\t';
  if (node.type === 'break') return node.breakType === 'page' ? '\f' : '\n';
  if (node.type === 'noteReference' || node.type === 'commentReference') return '';
  return (node.children ?? []).map(inlineText).join('');
}

function tableRowLine(row: DocxNode): string {
  const cells = (row.children ?? []).map((cell) =>
    (cell.children ?? [])
      .map(inlineText)
      .join(' ')
      .replace(/[\s|]+/g, ' ')
      .trim(),
  );
  return `| ${cells.join(' | ')} |`;
}
