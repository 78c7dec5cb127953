import type { RecboardDatabase } from '../db/database';
import { type Column, ColumnSchema } from '../domain/column';
import { sortByRank } from '../domain/ordering';
import { parseRows } from './parse-row';

export function createColumnRepository(db: RecboardDatabase) {
  return {
    /** The board's live columns, in board order. */
    async list(boardId: string): Promise<Column[]> {
      const rows = await db.columns.where('boardId').equals(boardId).toArray();
      const columns = parseRows(ColumnSchema, 'columns', rows).filter((c) => c.deletedAt === null);
      return sortByRank(columns);
    },
  };
}
export type ColumnRepository = ReturnType<typeof createColumnRepository>;
