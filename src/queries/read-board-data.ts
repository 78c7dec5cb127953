import { type BoardLayout, layoutBoard } from '../domain/board-layout';
import type { Workshop } from '../domain/workshop';
import type { Repositories } from '../repositories/repositories';

export interface BoardData extends BoardLayout {
  workshopsById: Map<string, Workshop>;
}

/**
 * Everything the board's first screen shows, read in parallel. No react-query here: the app
 * starts this read before React has loaded (app/board-opening.ts), and the query reuses it.
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
