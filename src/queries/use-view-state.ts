import { useCallback, useSyncExternalStore } from 'react';
import type { ViewState } from '../domain/find/view-state';
import {
  type ViewParamProblem,
  viewStateFromSearchParams,
  viewStateToSearchParams,
} from '../domain/find/view-url';

/** Fired on this window when the app itself changes the view: pushState fires no event. */
const VIEW_CHANGED = 'recboard:view-changed';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(VIEW_CHANGED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(VIEW_CHANGED, onChange);
  };
}

const currentSearch = () => window.location.search;

// One parse per distinct URL: every component reading the view gets the same object.
let parsedFor: string | null = null;
let parsed: { state: ViewState; problems: ViewParamProblem[] } | null = null;
function parse(search: string) {
  if (search !== parsedFor || !parsed) {
    parsedFor = search;
    parsed = viewStateFromSearchParams(new URLSearchParams(search));
  }
  return parsed;
}

/** The URL, with `state` as its query and the page route (the hash) kept. */
export function viewHref(state: ViewState): string {
  const query = viewStateToSearchParams(state).toString();
  return `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
}

/**
 * What the person is looking at (filter, grouping, board or table, sort), kept in the URL's
 * query so a view can be bookmarked or shared as a link, and read back through zod: a bad
 * parameter is dropped and reported, never a crash. A change is a history entry, so Back
 * returns to the previous view; typing in the search box replaces the entry instead.
 */
export function useViewState() {
  const search = useSyncExternalStore(subscribe, currentSearch, () => '');
  const { state, problems } = parse(search);
  const setView = useCallback((next: ViewState, options: { replace?: boolean } = {}) => {
    const href = viewHref(next);
    if (href === `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      return;
    }
    if (options.replace) window.history.replaceState(null, '', href);
    else window.history.pushState(null, '', href);
    window.dispatchEvent(new Event(VIEW_CHANGED));
  }, []);
  return { view: state, problems, setView };
}

/**
 * Opens a link to a view of this app (`?stage=return#/`) in place: a history entry, as a link
 * would make, but no reload of the page and its board.
 */
export function followViewLink(href: string): void {
  const hashBefore = window.location.hash;
  window.history.pushState(null, '', href);
  window.dispatchEvent(new Event(VIEW_CHANGED));
  if (window.location.hash !== hashBefore) window.dispatchEvent(new HashChangeEvent('hashchange'));
}
