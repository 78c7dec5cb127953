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

/**
 * A view set with `replace` (typing in the search box) whose URL is not written yet: the
 * address follows once the frame showing it is painted, one write for however many keys came
 * meanwhile. A history write is a synchronous call into the browser (about 3 ms a key on this
 * machine, in the middle of a keystroke's render), and Chromium throttles a page that writes
 * its history hundreds of times in a few seconds.
 */
let pendingSearch: string | null = null;
/** The address's search when the pending one was typed over it. */
let pendingBase: string | null = null;
let flushScheduled = false;

const currentSearch = () => pendingSearch ?? window.location.search;

/** Writes the view still pending into the address, keeping the current path and route. */
export function flushPendingView(): void {
  if (pendingSearch === null) return;
  const search = pendingSearch;
  pendingSearch = null;
  pendingBase = null;
  const { pathname, hash } = window.location;
  if (search !== window.location.search)
    window.history.replaceState(null, '', `${pathname}${search}${hash}`);
}

/** After the next paint: a frame, then a task, so the write never delays what a key shows. */
function scheduleFlush(): void {
  if (flushScheduled) return;
  flushScheduled = true;
  const flush = () => {
    flushScheduled = false;
    flushPendingView();
  };
  if (typeof requestAnimationFrame === 'function') {
    requestAnimationFrame(() => setTimeout(flush, 0));
  } else {
    setTimeout(flush, 0);
  }
}

// Leaving the page (or hiding it) writes the address first, so a reload shows the last key.
if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', flushPendingView);
  window.addEventListener('popstate', () => {
    // A route followed (#/workshops) keeps the search the typing started from: the typed one
    // goes with it. Back or Forward to another search: what was typed belonged to the entry
    // left, and the entry reached shows its own.
    if (pendingSearch !== null && window.location.search === pendingBase) flushPendingView();
    else {
      pendingSearch = null;
      pendingBase = null;
    }
  });
}

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
  return `${window.location.pathname}${viewSearch(state)}${window.location.hash}`;
}

function viewSearch(state: ViewState): string {
  const query = viewStateToSearchParams(state).toString();
  return query ? `?${query}` : '';
}

/**
 * What the person is looking at (filter, grouping, board or table, sort), kept in the URL's
 * query so a view can be bookmarked or shared as a link, and read back through zod: a bad
 * parameter is dropped and reported, never a crash. A change is a history entry, so Back
 * returns to the previous view; typing in the search box replaces the entry instead, and its
 * address is written once the key's frame is painted (scheduleFlush).
 */
export function useViewState() {
  const search = useSyncExternalStore(subscribe, currentSearch, () => '');
  const { state, problems } = parse(search);
  const setView = useCallback((next: ViewState, options: { replace?: boolean } = {}) => {
    const nextSearch = viewSearch(next);
    if (nextSearch === currentSearch()) return;
    if (options.replace) {
      if (pendingSearch === null) pendingBase = window.location.search;
      pendingSearch = nextSearch;
      scheduleFlush();
    } else {
      // A new entry starts from the address as the person last saw it.
      flushPendingView();
      window.history.pushState(null, '', viewHref(next));
    }
    window.dispatchEvent(new Event(VIEW_CHANGED));
  }, []);
  return { view: state, problems, setView };
}

/**
 * Opens a link to a view of this app (`?stage=return#/`) in place: a history entry, as a link
 * would make, but no reload of the page and its board.
 */
export function followViewLink(href: string): void {
  flushPendingView();
  const hashBefore = window.location.hash;
  window.history.pushState(null, '', href);
  window.dispatchEvent(new Event(VIEW_CHANGED));
  if (window.location.hash !== hashBefore) window.dispatchEvent(new HashChangeEvent('hashchange'));
}
