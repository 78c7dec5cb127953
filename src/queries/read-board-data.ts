import { type BoardLayout, layoutBoard } from '../domain/board-layout';
import type { Workshop } from '../domain/workshop';
import type { Repositories } from '../repositories/repositories';

export interface BoardData extends BoardLayout {
  workshopsById: Map<string, Workshop>;
}

/**
 * Cards read per column for the first screen: more than a column as tall as a large window
 * shows (cards are at least ~90 px high), so nothing missing can be seen before the rest
 * arrives.
 */
export const FIRST_SCREEN_CARDS_PER_COLUMN = 16;

/**
 * Everything the board shows, read in parallel. No react-query here: the app starts the
 * first read before React has loaded (app/board-opening.ts), and the query reuses it.
 */
export async function readBoardData(
  repositories: Repositories,
  boardId: string,
): Promise<BoardData> {
  const [columns, cards, workshops] = await Promise.all([
    repositories.columns.list(boardId),
    repositories.recommendations.listOnBoard(boardId),
    repositories.workshops.list(boardId),
  ]);
  return {
    ...layoutBoard(columns, cards),
    workshopsById: new Map(workshops.map((w) => [w.id, w])),
  };
}

/**
 * The board's first screen: every column with its card count, but only its first cards. On
 * a large board this reads and validates a few hundred rows instead of thousands; the board
 * reads the rest (readBoardData) once this has painted. `complete` is false.
 */
export async function readFirstScreen(
  repositories: Repositories,
  boardId: string,
): Promise<BoardData> {
  const [columns, workshops] = await Promise.all([
    repositories.columns.list(boardId),
    repositories.workshops.list(boardId),
  ]);
  const firstCards = await repositories.recommendations.listFirstScreen(
    columns.map((column) => column.id),
    FIRST_SCREEN_CARDS_PER_COLUMN,
  );
  const counts: Record<string, number> = {};
  for (const [columnId, { count }] of firstCards) counts[columnId] = count;
  const cards = [...firstCards.values()].flatMap((column) => column.cards);
  return {
    ...layoutBoard(columns, cards, counts),
    workshopsById: new Map(workshops.map((w) => [w.id, w])),
  };
}
