import type { ColumnInput, ColumnPatch } from '../domain/column-input';
import { useBoardWrite } from './use-board-write';

export type ColumnChange =
  | { kind: 'create'; input: ColumnInput }
  | { kind: 'update'; id: string; patch: ColumnPatch }
  | { kind: 'move'; id: string; toIndex: number }
  | { kind: 'remove'; id: string; moveCardsTo: string };

/** Adding, renaming, limiting, reordering and deleting columns, through one mutation. */
export function useChangeColumns(boardId: string) {
  return useBoardWrite(async (repositories, change: ColumnChange): Promise<void> => {
    const columns = repositories.columns;
    if (change.kind === 'create') await columns.create(boardId, change.input);
    else if (change.kind === 'update') await columns.update(change.id, change.patch);
    else if (change.kind === 'move') await columns.move(change.id, change.toIndex);
    else await columns.remove(change.id, change.moveCardsTo);
  });
}
