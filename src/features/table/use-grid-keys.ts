import type { FocusEvent, KeyboardEvent, MouseEvent } from 'react';
import type { Recommendation } from '../../domain/recommendation';
import { type CellPosition, effectiveCol, type GridShape, moveCell } from './grid-navigation';
import { EDITABLE_COLUMNS, type TableColumnId } from './table-columns';
import type { TableRow } from './table-rows';

interface GridKeysInput {
  rows: readonly TableRow[];
  columns: readonly TableColumnId[];
  cardsById: ReadonlyMap<string, Recommendation>;
  position: CellPosition;
  shape: GridShape;
  editing: boolean;
  onMove: (next: CellPosition) => void;
  onFocusCell: (at: CellPosition) => void;
  onEdit: () => void;
  onSort: (column: TableColumnId) => void;
  onToggleLane: (key: string) => void;
  onOpenCard: (cardId: string) => void;
}

/** The cell an event happened in, from its `data-cell="row:col"`. */
function cellOf(target: EventTarget): CellPosition | null {
  if (!(target instanceof Element)) return null;
  const cell = target.closest('[data-cell]')?.getAttribute('data-cell');
  const [row, col] = (cell ?? '').split(':').map(Number);
  return row === undefined || col === undefined || Number.isNaN(row) || Number.isNaN(col)
    ? null
    : { row, col };
}

/**
 * The grid's keys and clicks, handled once on the grid rather than on each of its cells:
 * navigation (grid-navigation.ts), then what Enter, F2 or Space does where the cursor is:
 * sort by a header, fold a lane, open a card from its title, edit an editable cell.
 */
export function useGridKeys(input: GridKeysInput) {
  const act = (at: CellPosition, how: 'enter' | 'edit' | 'space' | 'click' | 'double') => {
    const column = input.columns[effectiveCol(at, input.shape)];
    if (at.row === 0) {
      if (column && how !== 'edit' && how !== 'double') input.onSort(column);
      return column !== undefined;
    }
    const row = input.rows[at.row - 1];
    if (row?.kind === 'lane') {
      if (how !== 'edit' && how !== 'double') input.onToggleLane(row.key);
      return true;
    }
    if (!row || !column) return false;
    if (column === 'title' && (how === 'enter' || how === 'click')) {
      input.onOpenCard(row.id);
      return true;
    }
    const editable = EDITABLE_COLUMNS.has(column) && input.cardsById.has(row.id);
    if (editable && (how === 'enter' || how === 'edit' || how === 'double')) {
      input.onEdit();
      return true;
    }
    return false;
  };

  return {
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      if (input.editing || !(event.target instanceof HTMLElement)) return;
      if (!event.target.hasAttribute('data-cell') || event.altKey) return;
      const next = moveCell(input.position, event, input.shape);
      if (next) {
        event.preventDefault();
        input.onMove(next);
        return;
      }
      const how =
        event.key === 'Enter'
          ? 'enter'
          : event.key === 'F2'
            ? 'edit'
            : event.key === ' '
              ? 'space'
              : null;
      if (how && act(input.position, how)) event.preventDefault();
    },
    onFocus: (event: FocusEvent<HTMLElement>) => {
      if (!(event.target instanceof HTMLElement) || !event.target.hasAttribute('data-cell')) return;
      const at = cellOf(event.target);
      if (
        at &&
        (at.row !== input.position.row || at.col !== effectiveCol(input.position, input.shape))
      ) {
        input.onFocusCell(at);
      }
    },
    onClick: (event: MouseEvent<HTMLElement>) => {
      const at = cellOf(event.target);
      if (at && !input.editing) act(at, 'click');
    },
    onDoubleClick: (event: MouseEvent<HTMLElement>) => {
      const at = cellOf(event.target);
      if (at && !input.editing) act(at, 'double');
    },
  };
}
