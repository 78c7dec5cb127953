import type { ViewState } from '../../domain/find/view-state';
import { viewStateToSearchParams } from '../../domain/find/view-url';

/**
 * The link a figure opens: the board (or the table) in the current view, narrowed to exactly
 * the cards the figure counts. The current filter stays, so its chips still say what the
 * figure was taken from. A relative link: the page's path stays, the route becomes the board.
 */
export function doorHref(
  view: ViewState,
  cardIds: readonly string[],
  target: 'board' | 'table' = 'board',
): string {
  const state: ViewState = {
    ...view,
    view: target,
    filter: { ...view.filter, cardIds: [...cardIds] },
  };
  return `?${viewStateToSearchParams(state).toString()}#/`;
}
