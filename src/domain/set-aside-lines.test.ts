import { describe, expect, it } from 'vitest';
import { makeRecommendation } from './formats/fixtures/sample-board';
import type { JournalEntry } from './journal';
import { setAsideLines } from './set-aside-lines';

const card = makeRecommendation();
const entry = (overrides: Partial<JournalEntry>): JournalEntry => ({
  id: '01900000-0000-7000-8000-0000000000aa',
  boardId: card.boardId,
  at: '2026-11-22T09:00:00.000Z',
  origin: 'user',
  action: { kind: 'board.imported', params: { count: 1 } },
  changes: [],
  cardIds: [card.id],
  ...overrides,
});

describe('setAsideLines', () => {
  it('names the fields where the version set aside differs from the one the merge kept', () => {
    const kept = { ...card, title: 'Kept', dueDate: '2027-01-01' };
    const lines = setAsideLines(
      entry({
        changes: [{ table: 'recommendations', key: card.id, before: card, after: kept }],
        discarded: [{ table: 'recommendations', key: card.id, row: card }],
      }),
      card.id,
    );
    expect(lines).toEqual([
      { kind: 'field', field: 'title', value: card.title },
      { kind: 'field', field: 'dueDate', value: card.dueDate },
    ]);
  });

  it('without the kept version, shows the title and text set aside; null for another card', () => {
    const merged = entry({ discarded: [{ table: 'recommendations', key: card.id, row: card }] });
    expect(setAsideLines(merged, card.id)).toEqual([
      { kind: 'field', field: 'text', value: card.text },
      { kind: 'field', field: 'title', value: card.title },
    ]);
    expect(setAsideLines(merged, '01900000-0000-7000-8000-0000000000ff')).toBeNull();
  });

  it("lists a card's action item that lost", () => {
    const item = { id: 'i', recommendationId: card.id, text: 'Draft the plan' };
    const lines = setAsideLines(
      entry({ discarded: [{ table: 'actionItems', key: 'i', row: item }] }),
      card.id,
    );
    expect(lines).toEqual([{ kind: 'item', text: 'Draft the plan' }]);
  });
});
