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

  for (const [cardId, states] of history) {
    // Per quarter the card was touched in: its column at the start (the end of the quarter it
    // was last touched in), whether it sat in a column not done during it, its column at the end.
    let startDone: boolean | null = null;
    let quarter = -1;
    let sawNotDone = false;
    let endDone: boolean | null = null;
    for (let index = 0; index <= states.length; index += 1) {
      const state = states[index];
      const next = state === undefined ? -1 : scale.indexOf(state.at);
      if (next !== quarter && quarter >= 0) {
        const cameFromNotDone = startDone === null ? sawNotDone : !startDone;
        const implemented = quarters[quarter]?.implemented;
        if (implemented !== undefined && endDone === true && cameFromNotDone) {
          addCard(implemented, cardId);
        }
        startDone = endDone;
        sawNotDone = false;
      }
      if (state === undefined) break;
      quarter = next;
      endDone = state.columnId === null ? null : columns.kindOf(state.columnId) === 'done';
      if (endDone === false) sawNotDone = true;
    }
  }
  return quarters;
}
