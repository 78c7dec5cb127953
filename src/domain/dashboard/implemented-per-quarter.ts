import type { CardHistory } from './card-history';
import type { ColumnLookup } from './column-lookup';
import { addCard, emptyFigure, type Figure } from './figure';
import { type Period, periodScale } from './periods';

export interface QuarterFigure extends Period {
  implemented: Figure;
}

/**
 * The recommendations implemented in each quarter, from the first quarter the history knows to
 * today's. A card counts in a quarter, once, when it ends the quarter in a done column having
 * started it in a column that is not done, or, made during the quarter, having been in such a
 * column first. The column is what the card's state says, net of undo and archiving: a move to
 * Implemented that was undone or moved back within the quarter counts nothing, an archived card
 * keeps its column, and a card made straight into a done column (an import) is never counted,
 * as the board never saw it implemented. A deleted card has no column.
 */
export function implementedPerQuarter(
  history: CardHistory,
  columns: ColumnLookup,
  today: string,
  from?: string,
): QuarterFigure[] {
  let first = from ?? today;
  for (const states of history.values()) {
    const date = states[0]?.at.slice(0, 10);
    if (date !== undefined && date < first) first = date;
  }
  const scale = periodScale(first, today, 'quarter');
  const quarters = scale.periods.map((period) => ({ ...period, implemented: emptyFigure() }));
  const isDone = (columnId: string | null) =>
    columnId !== null && columns.kindOf(columnId) === 'done';

  for (const [cardId, states] of history) {
    let startColumn: string | null = null;
    let quarter = -1;
    let sawNotDone = false;
    let endColumn: string | null = null;
    const close = () => {
      const implemented = quarters[quarter]?.implemented;
      const cameFromNotDone = startColumn === null ? sawNotDone : !isDone(startColumn);
      if (implemented && isDone(endColumn) && cameFromNotDone) addCard(implemented, cardId);
      startColumn = endColumn;
    };
    for (const state of states) {
      const index = scale.indexOf(state.at.slice(0, 10));
      if (index !== quarter) {
        if (quarter >= 0) close();
        quarter = index;
        sawNotDone = false;
      }
      if (state.columnId !== null && !isDone(state.columnId)) sawNotDone = true;
      endColumn = state.columnId;
    }
    if (quarter >= 0) close();
  }
  return quarters;
}
