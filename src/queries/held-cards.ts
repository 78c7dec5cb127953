import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Recommendation } from '../domain/recommendation';
import { boardKeys } from './query-keys';
import type { BoardData } from './read-board-data';

/** The board's cards as its cache holds them, once it has read them all; undefined before. */
export function heldCards(queryClient: QueryClient, boardId: string): Recommendation[] | undefined {
  const board = queryClient.getQueryData<BoardData>(boardKeys.layout(boardId));
  return board?.complete ? [...board.cardsById.values()] : undefined;
}

/**
 * What gives the board's cards as the cache holds them when called (none before the board
 * is read whole): for sending them to the dashboard's worker ahead of the dashboard.
 */
export function useHeldCards(boardId: string): () => readonly Recommendation[] {
  const queryClient = useQueryClient();
  return useCallback(() => heldCards(queryClient, boardId) ?? [], [queryClient, boardId]);
}
