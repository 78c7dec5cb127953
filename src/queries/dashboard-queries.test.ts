import { describe, expect, it } from 'vitest';
import { defaultColumnId } from '../domain/default-columns';
import { createTestBoard } from '../testing/test-database';
import { readDashboardSource } from './dashboard-queries';

async function boardWithCards() {
  const board = await createTestBoard();
  const { recommendations } = board.repositories;
  const make = (text: string) =>
    recommendations.create(board.boardId, { text, columnId: defaultColumnId('accepted') });
  const kept = await make('Empower embassies to support migrant workers');
  const archived = await make('Bring banks on board for reintegration packages');
  await recommendations.archive(archived.id);
  return { board, kept, archived };
}

describe('readDashboardSource', () => {
  it('reads every card when the board holds none', async () => {
    const { board, kept, archived } = await boardWithCards();
    const source = await readDashboardSource(board.repositories, board.boardId);
    const ids = source.cards.map((card) => card.id);
    expect(ids).toContain(kept.id);
    expect(ids).toContain(archived.id);
  });

  it("takes the board's own cards and action items, and reads only the archived ones", async () => {
    const { board, kept, archived } = await boardWithCards();
    const onBoard = await board.repositories.recommendations.listOnBoard(board.boardId);
    const held = onBoard.find((card) => card.id === kept.id);
    // The card archived a moment ago, still on the board's copy: the read wins.
    const stale = { ...kept, id: archived.id, archivedAt: null };
    const source = await readDashboardSource(board.repositories, board.boardId, {
      onBoard: [...onBoard, stale],
      progress: new Map([[kept.id, { done: 1, total: 3 }]]),
    });
    expect(source.cards).toContain(held);
    expect(source.cards.filter((card) => card.id === archived.id)).toEqual([
      expect.objectContaining({ archivedAt: expect.any(String) }),
    ]);
    expect(source.cards).toHaveLength(onBoard.length + 1);
    expect(source.actionItemCounts).toEqual(new Map([[kept.id, 3]]));
  });
});
