import { describe, expect, it } from 'vitest';
import type { Column } from '../column';
import { type BoardFilter, emptyFilter } from './board-filter';
import { testCard } from './test-card';
import { type VisibleBoard, visibleBoard } from './visible-board';

const column = (id: string, kind: Column['kind']) => ({ id, kind, rank: id }) as Column;
const columns = [column('todo', 'triage'), column('done', 'done')];

function board(
  filter: BoardFilter,
  groupBy: 'none' | 'stage' = 'none',
  options: {
    searchHits?: ReadonlySet<string>;
    previous?: VisibleBoard;
    actions?: () => number;
  } = {},
) {
  const cards = [
    testCard({
      id: 'a',
      columnId: 'todo',
      stageIds: ['return', 'reintegration'],
      dueDate: '2026-01-01',
    }),
    testCard({ id: 'b', columnId: 'todo', stageIds: [] }),
    testCard({ id: 'c', columnId: 'done', stageIds: ['return'], dueDate: '2026-01-01' }),
  ];
  return visibleBoard(
    {
      columns,
      cardIdsByColumn: { todo: ['a', 'b'], done: ['c'] },
      cardsById: new Map(cards.map((card) => [card.id, card])),
      filter,
      groupBy,
      today: '2026-06-01',
      actionItemCount: options.actions ?? (() => 0),
      searchHits: options.searchHits ?? new Set(),
    },
    options.previous,
  );
}

describe('what the board shows for a view', () => {
  it('shows every card in one lane with no filter and no grouping', () => {
    const shown = board(emptyFilter());
    expect(shown).toMatchObject({ matched: 3, total: 3 });
    expect(shown.lanes.map((lane) => lane.cardIdsByColumn)).toEqual([
      { todo: ['a', 'b'], done: ['c'] },
    ]);
  });

  it("hands on the board's own lists then, so only the columns a write changed render again", () => {
    const todo = ['a', 'b'];
    const done = ['c'];
    const shown = visibleBoard({
      columns: [...columns, column('gone', 'open')],
      cardIdsByColumn: { todo, done },
      cardsById: new Map(),
      filter: emptyFilter(),
      groupBy: 'none',
      today: '2026-06-01',
      actionItemCount: () => 0,
      searchHits: new Set(),
    });
    expect(shown.lanes).toHaveLength(1);
    expect(shown.lanes[0]?.cardIdsByColumn.todo).toBe(todo);
    expect(shown.lanes[0]?.cardIdsByColumn.done).toBe(done);
    expect(shown.lanes[0]?.cardIdsByColumn.gone).toEqual([]);
    expect(shown).toMatchObject({ matched: 3, total: 3 });
  });

  it('keeps the cards that pass, in board order, and counts each once across lanes', () => {
    const overdue = { ...emptyFilter(), dueStates: ['overdue' as const] };
    expect(board(overdue).lanes[0]?.cardIdsByColumn).toEqual({ todo: ['a'], done: [] });
    const byStage = board({ ...emptyFilter(), stageIds: ['return'] }, 'stage');
    expect(byStage.matched).toBe(2);
    const lane = (key: string) => byStage.lanes.find((candidate) => candidate.key === key);
    expect(lane('return')?.cardIdsByColumn).toEqual({ todo: ['a'], done: ['c'] });
    expect(lane('reintegration')?.cardIdsByColumn).toEqual({ todo: ['a'], done: [] });
    // Every stage has a lane to drop into, empty or not.
    expect(lane('transit')?.count).toBe(0);
  });

  it("shows a text search's hits, in board order, with the board's total", () => {
    const searched = { ...emptyFilter(), query: 'returnee' };
    const shown = board(searched, 'none', { searchHits: new Set(['c', 'a']) });
    expect(shown.lanes[0]?.cardIdsByColumn).toEqual({ todo: ['a'], done: ['c'] });
    expect(shown).toMatchObject({ matched: 2, total: 3 });
    // The search and another filter: both must hold.
    const overdueToo = { ...searched, dueStates: ['overdue' as const] };
    const both = board(overdueToo, 'none', { searchHits: new Set(['c', 'a']) });
    expect(both.lanes[0]?.cardIdsByColumn).toEqual({ todo: ['a'], done: [] });
  });

  it('keeps the list of a column whose cards did not change, and only that one', () => {
    const searched = { ...emptyFilter(), query: 'return' };
    const first = board(searched, 'none', { searchHits: new Set(['a', 'c']) });
    const next = board({ ...searched, query: 'returne' }, 'none', {
      searchHits: new Set(['a']),
      previous: first,
    });
    expect(next.lanes[0]?.cardIdsByColumn.todo).toBe(first.lanes[0]?.cardIdsByColumn.todo);
    expect(next.lanes[0]?.cardIdsByColumn.done).toEqual([]);
    expect(next.lanes[0]?.cardIdsByColumn.done).not.toBe(first.lanes[0]?.cardIdsByColumn.done);
  });

  it('asks for action items only for the "not yet actionable" filter', () => {
    let asked = 0;
    const actions = () => {
      asked += 1;
      return 0;
    };
    board({ ...emptyFilter(), stageIds: ['return'] }, 'none', { actions });
    expect(asked).toBe(0);
    const notActionable = board({ ...emptyFilter(), notActionable: true }, 'none', { actions });
    expect(asked).toBe(3);
    expect(notActionable.matched).toBeGreaterThan(0);
  });
});
