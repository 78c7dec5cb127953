import { describe, expect, it } from 'vitest';
import { layoutBoard } from '../domain/board-layout';
import type { Column } from '../domain/column';
import type { Recommendation } from '../domain/recommendation';
import { patchCards, patchColumns } from './patch-board-data';
import type { BoardData } from './read-board-data';

const column = (id: string, rank: string, kind: Column['kind'] = 'open') =>
  ({ id, rank, kind, name: id, deletedAt: null }) as Column;
const card = (id: string, columnId: string, rank: string, extra: Partial<Recommendation> = {}) =>
  ({ id, columnId, rank, archivedAt: null, deletedAt: null, ...extra }) as Recommendation;

function board(): BoardData {
  const columns = [column('todo', 'a0', 'triage'), column('done', 'a1', 'done')];
  const cards = [card('1', 'todo', 'a0'), card('2', 'todo', 'a1'), card('3', 'done', 'a0')];
  return { ...layoutBoard(columns, cards), workshopsById: new Map() };
}

describe('patching the cached board with changed rows', () => {
  it('moves a card to its place by rank in its new column, counts included', () => {
    const next = patchCards(board(), [{ key: '1', row: card('1', 'done', 'a0V') }]);
    expect(next.cardIdsByColumn).toEqual({ todo: ['2'], done: ['3', '1'] });
    expect(next.cardCountByColumn).toEqual({ todo: 1, done: 2 });
    expect(next.cardsById.get('1')?.columnId).toBe('done');
  });

  it('adds a new card, and takes off an archived, a tombstoned or an erased one', () => {
    const data = board();
    const next = patchCards(data, [
      { key: '4', row: card('4', 'todo', 'Zz') },
      { key: '2', row: card('2', 'todo', 'a1', { archivedAt: '2026-01-01T00:00:00.000Z' }) },
      { key: '3', row: undefined },
    ]);
    expect(next.cardIdsByColumn).toEqual({ todo: ['4', '1'], done: [] });
    expect(next.cardsById.has('2')).toBe(false);
    expect(next.cardsById.get('1')).toBe(data.cardsById.get('1'));
  });

  it('lays the columns out again, keeping the cards that did not change', () => {
    const data = board();
    const next = patchColumns(data, [
      { key: 'todo', row: { ...column('todo', 'a2', 'triage'), name: 'Inbox' } },
    ]);
    expect(next.flowColumns.map((c) => c.name)).toEqual(['done', 'Inbox']);
    expect(next.cardsById.get('3')).toBe(data.cardsById.get('3'));
    const removed = patchColumns(data, [{ key: 'done', row: undefined }]);
    // A card whose column is gone shows in the triage column.
    expect(removed.cardIdsByColumn.todo).toEqual(['1', '3', '2']);
  });
});
