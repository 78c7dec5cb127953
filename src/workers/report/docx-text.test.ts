import { describe, expect, it } from 'vitest';
import { docxTreeText } from './docx-text';

const text = (value: string) => ({ type: 'run', children: [{ type: 'text', value }] });
const paragraph = (value: string, extra: Record<string, unknown> = {}) => ({
  type: 'paragraph',
  children: [text(value)],
  ...extra,
});
const cell = (value: string) => ({ type: 'tableCell', children: [paragraph(value)] });

describe('a Word document tree as plain text', () => {
  it('keeps headings, numbered and bulleted items, and page breaks', () => {
    const tree = {
      type: 'document',
      children: [
        paragraph('Recommendations', { styleName: 'Heading 2' }),
        paragraph('Open a help desk.', { numbering: { level: '0', isOrdered: true } }),
        paragraph('Train officials.', { numbering: { level: '0', isOrdered: true } }),
        paragraph('At district level.', { numbering: { level: '1', isOrdered: false } }),
        {
          type: 'paragraph',
          children: [text('End of page one.'), { type: 'break', breakType: 'page' }, text('Two.')],
        },
      ],
    };
    expect(docxTreeText(tree)).toBe(
      [
        '## Recommendations',
        '',
        '1. Open a help desk.',
        '2. Train officials.',
        '  • At district level.',
        '',
        'End of page one.\fTwo.',
      ].join('\n'),
    );
  });

  it("writes a table's rows with '|' between cells, a cell's own '|' taken out", () => {
    const tree = {
      type: 'document',
      children: [
        {
          type: 'table',
          children: [
            { type: 'tableRow', children: [cell('Recommendation'), cell('To whom')] },
            { type: 'tableRow', children: [cell('Publish fees | monthly'), cell('BMET')] },
          ],
        },
      ],
    };
    expect(docxTreeText(tree)).toBe(
      '| Recommendation | To whom |\n| Publish fees monthly | BMET |',
    );
  });
});
