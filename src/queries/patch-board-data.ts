import { layoutBoard } from '../domain/board-layout';
import type { Column } from '../domain/column';
import { compareRanks } from '../domain/ordering';
import type { Recommendation } from '../domain/recommendation';
import type { Workshop } from '../domain/workshop';
import { withChanges } from '../lib/layered-map';
import type { BoardData } from './read-board-data';
import { markPatched, shareBoardData } from './share-board-data';

/** A row as it is now after a write: undefined when it was deleted outright. */
export interface RowNow<T> {
  key: string;
  row: T | undefined;
}

const onBoard = (card: Recommendation | undefined): card is Recommendation =>
  card !== undefined && card.archivedAt === null && card.deletedAt === null;

/** Where `card` goes among `ids` (sorted by rank, then id, as the board orders them). */
function sortedIndex(
  ids: readonly string[],
  card: Recommendation,
  cardOf: (id: string) => Recommendation | undefined,
) {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const other = cardOf(ids[middle] ?? '');
    const before =
      other !== undefined &&
      (compareRanks(other.rank, card.rank) || compareRanks(other.id, card.id)) < 0;
    if (before) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The board with some cards changed: each leaves its old column and, if still on the board,
 * takes its place by rank in its new one. The work is a binary search and a copy of the two
 * columns a card touches: it grows with the cards changed and their columns, not the board.
 * Only for a board read whole; while the first screen is all there is, read it again.
 */
export function patchCards(data: BoardData, changes: readonly RowNow<Recommendation>[]): BoardData {
  // The cards map is not copied: the changes are laid over it (withChanges).
  const changed = new Map<string, Recommendation | undefined>();
  const cardOf = (id: string) => (changed.has(id) ? changed.get(id) : data.cardsById.get(id));
  const cardIdsByColumn = { ...data.cardIdsByColumn };
  const cardCountByColumn = { ...data.cardCountByColumn };
  const columnOf = (card: Recommendation) =>
    card.columnId in cardIdsByColumn ? card.columnId : fallbackColumn(data);
  for (const { key, row } of changes) {
    const old = cardOf(key);
    if (old) {
      const column = columnOf(old);
      if (column !== undefined) {
        cardIdsByColumn[column] = (cardIdsByColumn[column] ?? []).filter((id) => id !== key);
        cardCountByColumn[column] = (cardCountByColumn[column] ?? 1) - 1;
      }
      changed.set(key, undefined);
    }
    if (!onBoard(row)) continue;
    changed.set(key, row);
    const column = columnOf(row);
    if (column === undefined) continue;
    const ids = [...(cardIdsByColumn[column] ?? [])];
    ids.splice(sortedIndex(ids, row, cardOf), 0, key);
    cardIdsByColumn[column] = ids;
    cardCountByColumn[column] = (cardCountByColumn[column] ?? 0) + 1;
  }
  const cardsById = withChanges(data.cardsById, changed);
  return markPatched({ ...data, cardsById, cardIdsByColumn, cardCountByColumn });
}

/** A card whose column is gone shows in the triage column, as layoutBoard does. */
function fallbackColumn(data: BoardData): string | undefined {
  const columns = [...data.flowColumns, ...data.closedColumns];
  return (columns.find((column) => column.kind === 'triage') ?? columns[0])?.id;
}

/**
 * The board with some columns changed: laid out again from the cards in memory (a column
 * change can send cards elsewhere), keeping every unchanged object so little renders again.
 */
export function patchColumns(data: BoardData, changes: readonly RowNow<Column>[]): BoardData {
  const columns = new Map(
    [...data.flowColumns, ...data.closedColumns].map((column) => [column.id, column]),
  );
  for (const { key, row } of changes) {
    if (row && row.deletedAt === null) columns.set(key, row);
    else columns.delete(key);
  }
  const next = layoutBoard([...columns.values()], [...data.cardsById.values()]);
  return markPatched(shareBoardData(data, { ...next, workshopsById: data.workshopsById }));
}

/** The board with some workshops changed (cards show their workshop's title). */
export function patchWorkshops(data: BoardData, changes: readonly RowNow<Workshop>[]): BoardData {
  const workshopsById = new Map(data.workshopsById);
  for (const { key, row } of changes) {
    if (row && row.deletedAt === null) workshopsById.set(key, row);
    else workshopsById.delete(key);
  }
  return markPatched({ ...data, workshopsById });
}
