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
 * The whole board, read in parallel: the board query's read. No react-query here, like
 * readFirstScreen, which the app starts before React has loaded (app/board-opening.ts).
 */
export async function readBoardData(
  repositories: Repositories,
  boardId: string,
): Promise<BoardData> {
  const [frame, cards] = await Promise.all([
    readFrame(repositories, boardId),
    repositories.recommendations.listOnBoard(boardId),
  ]);
  return { ...layoutBoard(frame.columns, cards), workshopsById: frame.workshopsById };
}

/**
 * The board's first screen: every column with its card count, but only its first cards. On
 * a large board this reads and validates a few hundred rows instead of thousands; the board
 * reads the rest (readBoardData) once this has painted. `complete` says whether a board small
 * enough to fit was read whole.
 */
export async function readFirstScreen(
  repositories: Repositories,
  boardId: string,
): Promise<BoardData> {
  // The cards need only the columns' ids: their reads start as soon as the columns are in,
  // while the workshops are still being read and validated.
  const columnsRead = repositories.columns.list(boardId);
  const workshopsRead = readWorkshopsById(repositories, boardId);
  const columns = await columnsRead;
  const [firstCards, workshopsById] = await Promise.all([
    repositories.recommendations.listFirstScreen(
      columns.map((column) => column.id),
      FIRST_SCREEN_CARDS_PER_COLUMN,
    ),
    workshopsRead,
  ]);
  const counts: Record<string, number> = {};
  for (const [columnId, { count }] of firstCards) counts[columnId] = count;
  const cards = [...firstCards.values()].flatMap((column) => column.cards);
  return { ...layoutBoard(columns, cards, counts), workshopsById };
}

/** What every read of the board shows around its cards: the columns and the workshops. */
async function readFrame(repositories: Repositories, boardId: string) {
  const [columns, workshopsById] = await Promise.all([
    repositories.columns.list(boardId),
    readWorkshopsById(repositories, boardId),
  ]);
  return { columns, workshopsById };
}

async function readWorkshopsById(repositories: Repositories, boardId: string) {
  const workshops = await repositories.workshops.list(boardId);
  return new Map(workshops.map((workshop) => [workshop.id, workshop]));
}
