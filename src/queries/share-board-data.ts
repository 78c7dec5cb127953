import type { ActionProgress } from '../domain/action-progress';
import type { Recommendation } from '../domain/recommendation';
import type { BoardData } from './read-board-data';

/**
 * Whether two reads of a card are the same version: each write sets `updatedAt`; a move sets
 * its rank and column, archiving and deleting their times.
 */
export function sameCard(a: Recommendation, b: Recommendation): boolean {
  return (
    a.updatedAt === b.updatedAt &&
    a.rank === b.rank &&
    a.columnId === b.columnId &&
    a.archivedAt === b.archivedAt &&
    a.deletedAt === b.deletedAt
  );
}

function sameIds(a: readonly string[] | undefined, b: readonly string[]): boolean {
  return a !== undefined && a.length === b.length && a.every((id, index) => id === b[index]);
}

/**
 * Boards made by patching the cached one (a move, a journal entry's rows): they already share
 * every object that did not change, so sharing them again would only cost a pass over the
 * whole board (24-53 ms per move at 10,000 cards) for nothing.
 */
const patchedBoards = new WeakSet<BoardData>();

/** Marks `board` as made by patching the cached board (see shareBoardData). */
export function markPatched(board: BoardData): BoardData {
  patchedBoards.add(board);
  return board;
}

/**
 * After a refetch, keeps the previous objects for everything that did not change, so memoised
 * cards and columns skip rendering: only what another tab or a write changed is drawn again.
 * (react-query's own structural sharing does not look inside Maps.)
 */
export function shareBoardData(previous: unknown, next: BoardData): BoardData {
  if (patchedBoards.has(next)) return next;
  if (!previous || typeof previous !== 'object' || !('cardsById' in previous)) return next;
  const old = previous as BoardData;
  const cardsById = new Map<string, Recommendation>();
  for (const [id, card] of next.cardsById) {
    const before = old.cardsById.get(id);
    cardsById.set(id, before && sameCard(before, card) ? before : card);
  }
  const cardIdsByColumn: Record<string, string[]> = {};
  for (const [columnId, ids] of Object.entries(next.cardIdsByColumn)) {
    const before = old.cardIdsByColumn[columnId];
    cardIdsByColumn[columnId] = before && sameIds(before, ids) ? before : ids;
  }
  const workshopsById = new Map(next.workshopsById);
  for (const [id, workshop] of next.workshopsById) {
    const before = old.workshopsById.get(id);
    if (before && before.updatedAt === workshop.updatedAt) workshopsById.set(id, before);
  }
  return { ...next, cardsById, cardIdsByColumn, workshopsById };
}

/** Action progress made by patching the held counts (a tick): it shares the rest already. */
const patchedProgress = new WeakSet<ReadonlyMap<string, ActionProgress>>();

/** Marks `progress` as made by patching the held counts (see shareActionProgress). */
export function markProgressPatched(
  progress: ReadonlyMap<string, ActionProgress>,
): ReadonlyMap<string, ActionProgress> {
  patchedProgress.add(progress);
  return progress;
}

/**
 * The same for action progress: unchanged counts keep their objects. A patch is kept as it is:
 * sharing it would copy every card's counts for each tick.
 */
export function shareActionProgress(
  previous: unknown,
  next: ReadonlyMap<string, ActionProgress>,
): ReadonlyMap<string, ActionProgress> {
  if (patchedProgress.has(next)) return next;
  // The held counts are a Map, or one with a write's counts laid over it (withChanges).
  if (!isReadableMap(previous)) return next;
  const shared = new Map(next);
  for (const [id, progress] of next) {
    const before: unknown = previous.get(id);
    if (
      before &&
      typeof before === 'object' &&
      'done' in before &&
      'total' in before &&
      before.done === progress.done &&
      before.total === progress.total
    ) {
      shared.set(id, before as ActionProgress);
    }
  }
  return shared;
}

function isReadableMap(value: unknown): value is ReadonlyMap<string, unknown> {
  return (
    value instanceof Map ||
    (typeof value === 'object' &&
      value !== null &&
      'get' in value &&
      typeof value.get === 'function')
  );
}
