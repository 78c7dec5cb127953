import type { ViewState } from '../../domain/find/view-state';
import { viewStateFromSearchParams } from '../../domain/find/view-url';
import { flushPendingView } from '../../queries/use-view-state';

/**
 * The view the person is looking at, from the URL: its search part, and the query part of the
 * hash route (#/?stage=return) should the view live there. Read when an export starts.
 */
export function currentViewState(
  location: Pick<Location, 'search' | 'hash'> = window.location,
): ViewState {
  // A search typed a moment ago is in the address once written (use-view-state.ts).
  if (location === window.location) flushPendingView();
  const params = new URLSearchParams(location.search);
  const hashQuery = location.hash.indexOf('?');
  if (hashQuery >= 0) {
    for (const [name, value] of new URLSearchParams(location.hash.slice(hashQuery + 1))) {
      params.append(name, value);
    }
  }
  return viewStateFromSearchParams(params).state;
}
