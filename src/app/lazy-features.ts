import { whenIdle } from '../lib/when-idle';
import { lazyWithPreload } from './lazy-with-preload';

/*
 * Everything not needed to paint the board loads on demand, to keep the first load small
 * (budget: 200 KB of gzipped JavaScript). The service worker precaches these chunks, so they
 * load offline too; the editor is fetched ahead, once the board has painted.
 */
const editor = lazyWithPreload(() =>
  import('../features/editor/card-editor').then((m) => m.CardEditor),
);

export const CardEditor = editor.Component;
export const WorkshopsPage = lazyWithPreload(() =>
  import('../features/workshops/workshops-page').then((m) => m.WorkshopsPage),
).Component;
export const ActorsPage = lazyWithPreload(() =>
  import('../features/actors/actors-page').then((m) => m.ActorsPage),
).Component;
export const ArchivePage = lazyWithPreload(() =>
  import('../features/archive/archive-page').then((m) => m.ArchivePage),
).Component;
export const ActivityPage = lazyWithPreload(() =>
  import('../features/activity/activity-page').then((m) => m.ActivityPage),
).Component;
export const ReportImportPage = lazyWithPreload(() =>
  import('../features/report-import/report-import-page').then((m) => m.ReportImportPage),
).Component;
export const TableView = lazyWithPreload(() =>
  import('../features/table/table-view').then((m) => m.TableView),
).Component;
export const DashboardPage = lazyWithPreload(() =>
  import('../features/dashboard/dashboard-page').then((m) => m.DashboardPage),
).Component;
export const SettingsPage = lazyWithPreload(() =>
  import('../features/settings/settings-page').then((m) => m.SettingsPage),
).Component;

/**
 * Fetches the editor's code once the board has painted and the browser is idle, so the first
 * card opens at once and the board's own load is not slowed.
 */
export function prefetchEditor(): void {
  whenIdle(() => void editor.preload());
}
