import type { QueryClient } from '@tanstack/react-query';
import type { ActionProgress } from '../domain/action-progress';
import { type Column, ColumnSchema } from '../domain/column';
import type { JournalEntry, StoredRow, SyncedTable } from '../domain/journal';
import { type Recommendation, RecommendationSchema } from '../domain/recommendation';
import { type Workshop, WorkshopSchema } from '../domain/workshop';
import { withChanges } from '../lib/layered-map';
import type { z } from '../lib/zod';
import type { Repositories } from '../repositories/repositories';
import { patchCards, patchColumns, patchWorkshops, type RowNow } from './patch-board-data';
import { boardKeys } from './query-keys';
import type { BoardData } from './read-board-data';
import { markPatched, markProgressPatched } from './share-board-data';

/** Rows as they are after a commit, by table: from a journal entry, or read after another tab's. */
export type RowsNow = Partial<Record<SyncedTable, RowNow<StoredRow>[]>>;

/**
 * The rows an entry left behind (its "after" of every change), or, for `before`, the rows
 * it found: what an undo of it puts back.
 */
export function rowsOfEntry(entry: JournalEntry, side: 'before' | 'after' = 'after'): RowsNow {
  const rows: RowsNow = {};
  // A row changed twice in one entry: an undo leaves it as the first change found it, so the
  // changes are read backwards, and the last row patched for a key is the one that stays.
  const changes = side === 'before' ? [...entry.changes].reverse() : entry.changes;
  for (const change of changes) {
    const table = rows[change.table] ?? [];
    table.push({ key: change.key, row: change[side] });
    rows[change.table] = table;
  }
  return rows;
}

/** Rows checked against their schema; null when one is not valid (then the board is read again). */
function parsed<S extends z.ZodMiniType>(
  schema: S,
  rows: readonly RowNow<StoredRow>[],
): RowNow<z.output<S>>[] | null {
  const out: RowNow<z.output<S>>[] = [];
  for (const { key, row } of rows) {
    if (row === undefined) {
      out.push({ key, row: undefined });
      continue;
    }
    const result = schema.safeParse(row);
    if (!result.success) return null;
    out.push({ key, row: result.data });
  }
  return out;
}

/**
 * Brings the cached board up to date with rows that changed, without reading the board again:
 * the board layout is patched in place (cards, columns, workshops); the few queries that hang
 * off a changed row (a card's details, a list page) are marked stale, and only those on screen
 * read again. While only the first screen is held, the board is read whole instead: the rest of
 * it is being read anyway.
 */
export async function applyRowChanges(
  queryClient: QueryClient,
  repositories: Repositories,
  boardId: string,
  rows: RowsNow,
): Promise<void> {
  if (changedRowCount(rows) > BULK_CHANGE_ROWS) {
    await queryClient.invalidateQueries({ queryKey: boardKeys.board(boardId) });
    return;
  }
  const key = boardKeys.layout(boardId);
  const data = queryClient.getQueryData<BoardData>(key);
  if (data && (rows.recommendations || rows.columns || rows.workshops)) {
    const next = patchedLayout(data, rows);
    if (next === null) void queryClient.invalidateQueries({ queryKey: key, exact: true });
    else queryClient.setQueryData(key, next);
  }
  const cardIds = new Set([
    ...(rows.recommendations ?? []).map((change) => change.key),
    ...cardsOfItems(rows.actionItems),
    ...cardsOfItems(rows.progressNotes),
  ]);
  if (rows.actionItems) await patchActionProgress(queryClient, repositories, boardId, rows);
  const stale = staleKeys(boardId, rows, cardIds);
  await Promise.all(stale.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

/**
 * The board with the rows patched in (cards, columns, workshops); null when it cannot be
 * patched: only its first screen is held, or a row does not match its schema.
 */
export function patchedLayout(data: BoardData, rows: RowsNow): BoardData | null {
  const cards = rows.recommendations && parsed(RecommendationSchema, rows.recommendations);
  const columns = rows.columns && parsed(ColumnSchema, rows.columns);
  const workshops = rows.workshops && parsed(WorkshopSchema, rows.workshops);
  if (!data.complete || cards === null || columns === null || workshops === null) return null;
  let next = data;
  if (workshops) next = patchWorkshops(next, workshops as RowNow<Workshop>[]);
  if (cards) next = patchCards(next, cards as RowNow<Recommendation>[]);
  if (columns) next = patchColumns(next, columns as RowNow<Column>[]);
  return next;
}

/**
 * The most rows a step shows before it is written: a move, an edit, a few cards at once.
 * A larger step (the sample data put back, an import) shows once committed: its transaction
 * takes long enough that a reload right after could still lose it while the board showed it.
 */
export const SHOWN_AHEAD_ROWS = 20;

/**
 * Shows rows on the cached board before they are written (an undo, a redo), so the board
 * answers the key press in the next frame rather than after the transaction: the write's own
 * patch follows once it commits. Returns how to take them back if the write is refused;
 * undefined when nothing was shown (nothing on the board changed, or it cannot be patched).
 */
export function showRowsAhead(
  queryClient: QueryClient,
  boardId: string,
  rows: RowsNow,
): (() => void) | undefined {
  if (changedRowCount(rows) > SHOWN_AHEAD_ROWS) return undefined;
  const key = boardKeys.layout(boardId);
  const data = queryClient.getQueryData<BoardData>(key);
  if (!data || !(rows.recommendations || rows.columns || rows.workshops)) return undefined;
  const next = patchedLayout(data, rows);
  if (next === null) return undefined;
  void queryClient.cancelQueries({ queryKey: key });
  const shown = queryClient.setQueryData(key, next);
  return () => {
    // Nothing patched it since: the board as it was. Otherwise read it again.
    if (queryClient.getQueryData(key) === shown) queryClient.setQueryData(key, markPatched(data));
    else void queryClient.invalidateQueries({ queryKey: key, exact: true });
  };
}

/**
 * Past this many rows (an import, a bulk edit of a whole board) the board is read again, in
 * pages that yield to input, rather than patched: checking and patching 50,000 imported
 * cards was one task of 3.9 s on the bench machine.
 */
export const BULK_CHANGE_ROWS = 2000;

function changedRowCount(rows: RowsNow): number {
  return Object.values(rows).reduce((sum, changes) => sum + (changes?.length ?? 0), 0);
}

function cardsOfItems(rows: readonly RowNow<StoredRow>[] | undefined): string[] {
  return (rows ?? []).flatMap(({ row }) =>
    typeof row?.recommendationId === 'string' ? [row.recommendationId] : [],
  );
}

/** Done/total of the cards whose action items changed: their items read again, nothing else. */
async function patchActionProgress(
  queryClient: QueryClient,
  repositories: Repositories,
  boardId: string,
  rows: RowsNow,
): Promise<void> {
  const key = boardKeys.actionProgress(boardId);
  if (!queryClient.getQueryData(key)) return;
  const cardIds = [...new Set(cardsOfItems(rows.actionItems))];
  // An item deleted outright names no card: read the whole progress again.
  if (cardIds.length === 0 || rows.actionItems?.some(({ row }) => row === undefined)) {
    await queryClient.invalidateQueries({ queryKey: key, exact: true });
    return;
  }
  const progress = await repositories.actionItems.progressOf(cardIds);
  // Laid over the held counts, not copied into new ones: a tick costs its card, not the board.
  const changes = new Map(cardIds.map((id) => [id, progress.get(id)]));
  queryClient.setQueryData<ReadonlyMap<string, ActionProgress>>(key, (current) =>
    current === undefined ? current : markProgressPatched(withChanges(current, changes)),
  );
}

/** The queries a change makes stale, besides the board itself (patched above). */
function staleKeys(boardId: string, rows: RowsNow, cardIds: Set<string>) {
  const keys: (readonly unknown[])[] = [boardKeys.activity(boardId)];
  for (const cardId of cardIds) keys.push(boardKeys.card(boardId, cardId));
  if (rows.recommendations) keys.push(boardKeys.archived(boardId));
  if (rows.recommendations || rows.workshops) keys.push(boardKeys.references(boardId));
  if (rows.workshops) keys.push(boardKeys.workshops(boardId), boardKeys.sampleData(boardId));
  if (rows.actors) keys.push(boardKeys.actors(boardId));
  if (rows.boards) keys.push(boardKeys.info(boardId));
  if (rows.savedViews) keys.push(boardKeys.savedViews(boardId));
  if (rows.actionItems || rows.progressNotes) keys.push(boardKeys.searchTexts(boardId));
  return keys;
}
