import { useSyncExternalStore } from 'react';

export const ROUTES = [
  'board',
  'dashboard',
  'workshops',
  'actors',
  'archive',
  'activity',
  'import-report',
  'settings',
] as const;
export type Route = (typeof ROUTES)[number];

function currentRoute(): Route {
  const name = window.location.hash.replace(/^#\/?/, '');
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'board';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/**
 * The page, from the URL hash (#/workshops): works from a file or any static host with no
 * server-side routing, and the browser's back button works as expected.
 */
export function useHashRoute(): Route {
  return useSyncExternalStore(subscribe, currentRoute, () => 'board');
}

export function routeHref(route: Route): string {
  return route === 'board' ? '#/' : `#/${route}`;
}
