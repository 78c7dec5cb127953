import { describe, expect, it } from 'vitest';
import type { Column } from '../column';
import { type BoardFilter, emptyFilter } from './board-filter';
import { testCard } from './test-card';
import { visibleBoard } from './visible-board';

const column = (id: string, kind: Column['kind']) => ({ id, kind, rank: id }) as Column;
const columns = [column('todo', 'triage'), column('done', 'done')];

function board(filter: BoardFilter, groupBy: 'none' | 'stage' = 'none') {
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
  return visibleBoard({
    columns,
    cardIdsByColumn: { todo: ['a', 'b'], done: ['c'] },
    cardsById: new Map(cards.map((card) => [card.id, card])),
    filter,
    groupBy,
    today: '2026-06-01',
    actionItemCount: () => 0,
    searchHits: new Set(),
  });
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
});
