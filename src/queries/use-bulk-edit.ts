import type { BulkEdit } from '../repositories/bulk-edit-repository';
import { useBoardWrite } from './use-board-write';

export type { BulkEdit };

export interface BulkEditInput {
  cardIds: readonly string[];
  edit: BulkEdit;
}

/** One change to the selected cards: one journaled write, so one undo step. */
export function useBulkEdit() {
  return useBoardWrite(({ bulkEdit }, { cardIds, edit }: BulkEditInput) =>
    bulkEdit.editMany(cardIds, edit),
  );
}
