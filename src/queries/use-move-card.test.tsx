import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultColumnId } from '../domain/default-columns';
import { cachedBoard } from '../testing/cached-board';
import { createTestBoard } from '../testing/test-database';
import { useMoveCard } from './use-move-card';

async function boardWithOneCard() {
  const { boardId, repositories } = await createTestBoard();
  const card = await repositories.recommendations.create(boardId, {
    text: 'Empower embassies to support returnees',
    columnId: defaultColumnId('triage'),
  });
  const { wrapper, board } = await cachedBoard(repositories, boardId);
  const { result } = renderHook(() => useMoveCard(boardId), { wrapper });
  return { repositories, card, move: result.current, layout: board };
}

describe('moving a card', () => {
  it('puts the board back as it was when the write fails', async () => {
    const { repositories, card, move, layout } = await boardWithOneCard();
    const triage = defaultColumnId('triage');
    const gone = '01900000-0000-7000-8000-0000000000ee';
    // A column that is not there: the write is refused.
    move({ id: card.id, toColumnId: gone, afterId: null, beforeId: null });
    expect(layout()?.cardIdsByColumn[triage]).not.toContain(card.id);
    await waitFor(() => expect(layout()?.cardIdsByColumn[triage]).toContain(card.id));
    expect((await repositories.recommendations.get(card.id))?.columnId).toBe(triage);
  });
});
