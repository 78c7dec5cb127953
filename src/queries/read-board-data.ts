import { type BoardLayout, layoutBoard } from '../domain/board-layout';
import type { Workshop } from '../domain/workshop';
import type { BoardRows } from '../repositories/early-board-rows';
import type { Repositories } from '../repositories/repositories';

export interface BoardData extends BoardLayout {
  workshopsById: Map<string, Workshop>;
}

/** The board as its view needs it, from its columns, cards and workshops. */
export function boardDataFromRows({ columns, cards, workshops }: BoardRows): BoardData {
  return {
    ...layoutBoard(columns, cards),
    workshopsById: new Map(workshops.map((w) => [w.id, w])),
  };
}

/**
 * Everything the board's first screen shows, read in parallel. No react-query here: the app
 * starts its first read before React has loaded (app/board-opening.ts).
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
  return boardDataFromRows({ columns, cards, workshops });
}
