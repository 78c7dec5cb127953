import { describe, expect, it } from 'vitest';
import { buildLanes } from '../../domain/find/lanes';
import { testCard } from '../../domain/find/test-card';
import type { Recommendation } from '../../domain/recommendation';
import { rowKey, tableRows } from './table-rows';

const TRIAGE = '01900000-0000-7000-8000-0000000000c1';
const OPEN = '01900000-0000-7000-8000-0000000000c2';
const columns = [
  { id: TRIAGE, kind: 'triage' as const },
  { id: OPEN, kind: 'open' as const },
];
const columnOrder = [TRIAGE, OPEN];

const late = testCard({
  title: 'Late',
  columnId: OPEN,
  dueDate: '2027-05-01',
  stageIds: ['return'],
});
const early = testCard({
  title: 'Early',
  columnId: TRIAGE,
  dueDate: '2027-01-10',
  stageIds: ['return', 'transit'],
});
const undated = testCard({ title: 'Undated', columnId: TRIAGE, dueDate: null });
const cards: Recommendation[] = [early, undated, late];
const cardsById = new Map(cards.map((card) => [card.id, card]));

function ids(rows: ReturnType<typeof tableRows>): string[] {
  return rows.map((row) =>
    row.kind === 'lane' ? `[${row.key}]` : (cardsById.get(row.id)?.title ?? '?'),
  );
}

describe('tableRows', () => {
  it('keeps board order, column by column, when not sorted nor grouped', () => {
    const rows = tableRows({
      lanes: buildLanes(cards, 'none', columns),
      columnOrder,
      grouped: false,
      collapsedLanes: [],
      cardsById,
      sort: null,
      sortContext: { locale: 'en' },
    });
    expect(ids(rows)).toEqual(['Early', 'Undated', 'Late']);
  });

  it('sorts by due date, cards without one last in both directions', () => {
    const input = {
      lanes: buildLanes(cards, 'none', columns),
      columnOrder,
      grouped: false,
      collapsedLanes: [],
      cardsById,
      sortContext: { locale: 'en' },
    };
    expect(ids(tableRows({ ...input, sort: { key: 'dueDate', direction: 'asc' } }))).toEqual([
      'Early',
      'Late',
      'Undated',
    ]);
    expect(ids(tableRows({ ...input, sort: { key: 'dueDate', direction: 'desc' } }))).toEqual([
      'Late',
      'Early',
      'Undated',
    ]);
  });

  it('groups under lane headings, a card in two lanes in both, a folded lane without cards', () => {
    const rows = tableRows({
      lanes: buildLanes(cards, 'stage', columns),
      columnOrder,
      grouped: true,
      collapsedLanes: ['none'],
      cardsById,
      sort: { key: 'dueDate', direction: 'desc' },
      sortContext: { locale: 'en' },
    });
    expect(ids(rows)).toEqual(['[transit]', 'Early', '[return]', 'Late', 'Early', '[none]']);
    expect(rows[5]).toEqual({ kind: 'lane', key: 'none', count: 1, collapsed: true });
    const keys = rows.map(rowKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
