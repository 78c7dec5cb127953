import { describe, expect, it } from 'vitest';
import { boardCardCount, layoutBoard } from './board-layout';
import type { Column } from './column';
import type { Recommendation } from './recommendation';

const meta = { boardId: 'b', createdAt: '', updatedAt: '', deletedAt: null };
const column = (id: string, rank: string, kind: Column['kind']): Column => ({
  ...meta,
  id,
  name: id,
  rank,
  kind,
  wipLimit: null,
});
const card = (id: string, columnId: string, rank: string) =>
  ({ ...meta, id, columnId, rank }) as unknown as Recommendation;

describe('layoutBoard', () => {
  it('orders columns, keeps closed ones apart and sorts cards by rank', () => {
    const layout = layoutBoard(
      [
        column('noted', 'a3', 'closed'),
        column('done', 'a2', 'done'),
        column('triage', 'a1', 'triage'),
      ],
      [card('x', 'triage', 'a2'), card('y', 'triage', 'a1'), card('z', 'done', 'a0')],
    );
    expect(layout.flowColumns.map((c) => c.id)).toEqual(['triage', 'done']);
    expect(layout.closedColumns.map((c) => c.id)).toEqual(['noted']);
    expect(layout.cardIdsByColumn).toEqual({ triage: ['y', 'x'], done: ['z'], noted: [] });
    expect(layout.cardCountByColumn).toEqual({ triage: 2, done: 1, noted: 0 });
    expect(layout.complete).toBe(true);
  });

  it("lays out a first screen with the whole board's counts", () => {
    const layout = layoutBoard(
      [column('triage', 'a1', 'triage'), column('done', 'a2', 'done')],
      [card('x', 'triage', 'a2'), card('y', 'triage', 'a1')],
      { triage: 250, done: 40 },
    );
    expect(layout.cardIdsByColumn).toEqual({ triage: ['y', 'x'], done: [] });
    expect(layout.cardCountByColumn).toEqual({ triage: 250, done: 40 });
    expect(boardCardCount(layout)).toBe(290);
    expect(layout.complete).toBe(false);
    const whole = layoutBoard([column('triage', 'a1', 'triage')], [card('x', 'triage', 'a2')], {
      triage: 1,
    });
    expect(whole.complete).toBe(true);
  });

  it('shows a card whose column no longer exists in the triage column', () => {
    const layout = layoutBoard(
      [column('open', 'a0', 'open'), column('triage', 'a1', 'triage')],
      [card('x', 'gone', 'a0')],
    );
    expect(layout.cardIdsByColumn).toEqual({ open: [], triage: ['x'] });
  });
});
