import { vi } from 'vitest';
import {
  type DashboardRequest,
  type DashboardSource,
  wholeSourceUpdate,
} from '../domain/dashboard/dashboard-request';
import { defaultColumnId } from '../domain/default-columns';
import { readHistory as readJournalHistory } from '../repositories/journal-history';
import type { KeepCopy } from '../workers/dashboard-handler';
import { createTestBoard } from './test-database';

/* A board and requests for the dashboard worker's tests (workers/dashboard-handler*.test.ts). */

/** The day the dashboard worker's tests compute for. */
export const TODAY = '2026-11-30';
/** Copies of the digest are not these tests' subject: none is kept. */
export const keepCopy: KeepCopy = async () => {};

/** A test board with one card moved to Implemented, and the source the page would send of it. */
export async function movedBoard() {
  const board = await createTestBoard();
  const { recommendations, columns, workshops, actionItems } = board.repositories;
  const card = await recommendations.create(board.boardId, {
    text: 'A comprehensive action plan for reintegration should be in place',
    columnId: defaultColumnId('accepted'),
  });
  await recommendations.update(card.id, { columnId: defaultColumnId('implemented') });
  const { onBoard, archived } = await recommendations.listOnBoardAndArchived(board.boardId);
  const source: DashboardSource = {
    cards: [...onBoard, ...archived],
    columns: await columns.list(board.boardId),
    workshops: await workshops.list(board.boardId),
    actionItemCounts: new Map(
      [...(await actionItems.progressByCard(board.boardId))].map(([id, { total }]) => [id, total]),
    ),
  };
  const readHistory = vi.fn((boardId: string) => readJournalHistory(board.db, boardId));
  return { board, card, source, readHistory };
}

/** A request for figures; a `source` given travels whole, as to a worker that holds no card. */
export function request(
  boardId: string,
  sourceVersion: number,
  {
    source,
    ...fields
  }: Partial<Omit<DashboardRequest, 'source'>> & { source?: DashboardSource } = {},
): DashboardRequest {
  return {
    boardId,
    sourceVersion,
    today: TODAY,
    filter: null,
    shownIds: null,
    unit: 'month',
    ...fields,
    ...(source === undefined ? {} : { source: wholeSourceUpdate(source) }),
  };
}
