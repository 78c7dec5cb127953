import type { RecboardDatabase } from '../db/database';
import { type Column, ColumnSchema } from '../domain/column';
import {
  type ColumnInput,
  ColumnInputSchema,
  type ColumnPatch,
  ColumnPatchSchema,
} from '../domain/column-input';
import { placeAt, rankBetween, sortByRank } from '../domain/ordering';
import { nowIso } from '../lib/dates';
import { newId } from '../lib/ids';
import { label } from './action-label';
import { columnCards, isOnBoard } from './column-cards';
import type { JournalWriter } from './journal-writer';
import { parseRow, parseRows } from './parse-row';
import { RecordNotFoundError } from './record-not-found-error';

export function createColumnRepository(db: RecboardDatabase, writer: JournalWriter) {
  async function list(boardId: string): Promise<Column[]> {
    const rows = await db.columns.where('boardId').equals(boardId).toArray();
    const columns = parseRows(ColumnSchema, 'columns', rows).filter((c) => c.deletedAt === null);
    return sortByRank(columns);
  }

  async function read(id: string): Promise<Column> {
    const row = await db.columns.get(id);
    if (!row) throw new RecordNotFoundError('columns', id);
    return parseRow(ColumnSchema, 'columns', row);
  }

  return {
    /** The board's live columns, in board order. */
    list,

    /** Adds a column at the end of the board. */
    async create(boardId: string, input: ColumnInput): Promise<Column> {
      const fields = ColumnInputSchema.parse(input);
      return writer.run(async () => {
        const columns = await list(boardId);
        const at = nowIso();
        const column = ColumnSchema.parse({
          ...fields,
          id: newId(),
          boardId,
          rank: rankBetween(columns[columns.length - 1]?.rank ?? null, null),
          createdAt: at,
          updatedAt: at,
          deletedAt: null,
        });
        await db.columns.add(column);
        return { result: column, action: label('column.added', { name: column.name }) };
      });
    },

    /** Renames a column or changes its kind or WIP limit. */
    async update(id: string, input: ColumnPatch): Promise<void> {
      const patch = ColumnPatchSchema.parse(input);
      return writer.run(async () => {
        const column = await read(id);
        await db.columns.update(id, { ...patch, updatedAt: nowIso() });
        return {
          result: undefined,
          action: label('column.edited', { name: patch.name ?? column.name, nameOf: id }),
        };
      });
    },

    /** Moves a column to `toIndex` among the board's other columns (a board has a few). */
    async move(id: string, toIndex: number): Promise<void> {
      return writer.run(async () => {
        const column = await read(id);
        const others = (await list(column.boardId)).filter((other) => other.id !== id);
        const { rank, rekeyed } = placeAt(others, toIndex);
        for (const other of rekeyed) await db.columns.update(other.id, { rank: other.rank });
        await db.columns.update(id, { rank, updatedAt: nowIso() });
        return {
          result: undefined,
          action: label('column.moved', { name: column.name, nameOf: id }),
        };
      });
    },

    /**
     * Deletes a column after moving every card it holds (archived ones too) to the bottom of
     * `moveCardsTo`: all in one transaction, so no card is ever lost, and one undo step.
     */
    async remove(id: string, moveCardsTo: string): Promise<void> {
      if (id === moveCardsTo) throw new Error('Cards must go to another column');
      return writer.run(async () => {
        const column = await read(id);
        const target = await read(moveCardsTo);
        const moving = await columnCards(db, id);
        const targetCards = await columnCards(db, moveCardsTo);
        let last = targetCards[targetCards.length - 1]?.rank ?? null;
        const at = nowIso();
        for (const card of moving) {
          last = rankBetween(last, null);
          await db.recommendations.update(card.id, {
            columnId: moveCardsTo,
            rank: last,
            updatedAt: at,
          });
        }
        await db.columns.update(id, { deletedAt: at, updatedAt: at });
        const action = label('column.deleted', {
          name: column.name,
          nameOf: id,
          target: target.name,
          targetOf: moveCardsTo,
          count: moving.filter(isOnBoard).length,
        });
        return { result: undefined, action };
      });
    },
  };
}
export type ColumnRepository = ReturnType<typeof createColumnRepository>;
