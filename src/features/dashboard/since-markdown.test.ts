import { describe, expect, it } from 'vitest';
import type { SinceSummary } from '../../domain/dashboard/since-summary';
import { createI18n } from '../../i18n/i18n-context';
import { sinceMarkdown } from './since-markdown';

const CARD = { a: 'card-a', b: 'card-b', c: 'card-c' };
const TITLES: Record<string, string> = {
  [CARD.a]: 'Bring *banks* on board',
  [CARD.b]: 'প্রবাসী কল্যাণ ব্যাংক',
  [CARD.c]: 'Fund [pilot]',
};
const COLUMNS: Record<string, string> = { open: 'In progress', done: 'Implemented' };
const names = {
  card: (id: string) => TITLES[id] ?? id,
  column: (id: string) => COLUMNS[id] ?? id,
};
const figure = (cardIds: string[]) => ({ count: cardIds.length, cardIds });

const summary: SinceSummary = {
  since: '2026-03-01',
  today: '2026-03-15',
  sections: [
    {
      kind: 'moved',
      figure: figure([CARD.a]),
      byColumn: [
        {
          toColumnId: 'done',
          moves: [
            {
              cardId: CARD.a,
              fromColumnId: 'open',
              toColumnId: 'done',
              at: '2026-03-02T10:00:00.000Z',
            },
          ],
        },
      ],
    },
    {
      kind: 'notes',
      figure: figure([CARD.b]),
      byCard: [{ cardId: CARD.b, noteIds: ['n1', 'n2'] }],
    },
    { kind: 'newly_overdue', figure: figure([]), cards: [] },
    {
      kind: 'new_cards',
      figure: figure([CARD.c]),
      byColumn: [{ columnId: 'open', cardIds: [CARD.c] }],
    },
  ],
};

describe('sinceMarkdown', () => {
  it('writes the four sections for the minutes, card titles escaped, empty ones said so', () => {
    expect(sinceMarkdown(summary, names, createI18n('en'))).toBe(
      [
        '## What changed from 1 Mar 2026 to 15 Mar 2026',
        '',
        '### Moved (1)',
        '',
        '- Bring \\*banks\\* on board: In progress → Implemented (2 Mar 2026)',
        '',
        '### New progress notes (1)',
        '',
        '- প্রবাসী কল্যাণ ব্যাংক: 2 new notes',
        '',
        '### Newly overdue (0)',
        '',
        '- Nothing',
        '',
        '### New recommendations (1)',
        '',
        '- Fund \\[pilot\\] (In progress)',
        '',
      ].join('\n'),
    );
  });
});
