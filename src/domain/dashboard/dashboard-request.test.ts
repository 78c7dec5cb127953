import { describe, expect, it } from 'vitest';
import { BoardFilterSchema } from '../find/board-filter';
import { testCard } from '../find/test-card';
import { requestPredicate } from './dashboard-request';

const source = { columns: [], actionItemCounts: new Map<string, number>() };
const TODAY = '2026-03-15';

describe('requestPredicate', () => {
  it('lets every card through without a filter', () => {
    expect(requestPredicate(source, { filter: null, shownIds: null, today: TODAY })).toBe(
      undefined,
    );
  });

  it('counts the board cards the board shows, and tests archived ones against the filter', () => {
    const shown = testCard({ stageIds: ['transit'] });
    const hidden = testCard({ stageIds: ['return'] });
    const archivedReturn = testCard({ stageIds: ['return'], archivedAt: TODAY });
    const archivedTransit = testCard({ stageIds: ['transit'], archivedAt: TODAY });
    const filter = BoardFilterSchema.parse({ stageIds: ['transit'] });
    const include = requestPredicate(source, { filter, shownIds: [shown.id], today: TODAY });
    const passing = [shown, hidden, archivedReturn, archivedTransit].filter(
      (card) => include?.(card) ?? true,
    );
    expect(passing.map((card) => card.id)).toEqual([shown.id, archivedTransit.id]);
  });

  it('asks every card the filter when the board did not (no text search)', () => {
    const onBoard = testCard({ stageIds: ['transit'] });
    const other = testCard({ stageIds: ['return'] });
    const archived = testCard({ stageIds: ['transit'], archivedAt: TODAY });
    const filter = BoardFilterSchema.parse({ stageIds: ['transit'] });
    const include = requestPredicate(source, { filter, shownIds: null, today: TODAY });
    const passing = [onBoard, other, archived].filter((card) => include?.(card) ?? true);
    expect(passing.map((card) => card.id)).toEqual([onBoard.id, archived.id]);
  });

  it('never finds archived cards by a text search, which indexes only the board', () => {
    const archived = testCard({ title: 'banks', archivedAt: TODAY });
    const filter = BoardFilterSchema.parse({ query: 'banks' });
    const include = requestPredicate(source, { filter, shownIds: [], today: TODAY });
    expect(include?.(archived)).toBe(false);
  });
});
