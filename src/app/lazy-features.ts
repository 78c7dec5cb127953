import { lazy } from 'react';

/*
 * Everything not needed to paint the board loads on demand, to keep the first load small
 * (budget: 200 KB of gzipped JavaScript). The service worker precaches these chunks, so they
 * load offline too; the editor is fetched ahead, when the browser is idle.
 */
const loadEditor = () => import('../features/editor/card-editor');

export const CardEditor = lazy(() => loadEditor().then((m) => ({ default: m.CardEditor })));
export const WorkshopsPage = lazy(() =>
  import('../features/workshops/workshops-page').then((m) => ({ default: m.WorkshopsPage })),
);
export const ActorsPage = lazy(() =>
  import('../features/actors/actors-page').then((m) => ({ default: m.ActorsPage })),
);
export const ArchivePage = lazy(() =>
  import('../features/archive/archive-page').then((m) => ({ default: m.ArchivePage })),
);
export const SettingsPage = lazy(() =>
  import('../features/settings/settings-page').then((m) => ({ default: m.SettingsPage })),
);

/** Fetches the editor's code once the board is idle, so the first card opens at once. */
export function prefetchEditor(): void {
  const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
  idle(() => void loadEditor());
}
