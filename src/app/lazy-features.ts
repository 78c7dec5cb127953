import type { Recommendation } from '../domain/recommendation';
import { preloadBulkBar } from '../features/board/lazy-bulk-bar';
import { whenIdle } from '../lib/when-idle';
import { lazyWithPreload } from './lazy-with-preload';

/*
 * Everything not needed to paint the board loads on demand, to keep the first load small
 * (budget: 200 KB of gzipped JavaScript). The service worker precaches these chunks, so they
 * load offline too; the editor, the table and the dashboard are fetched ahead, once the board
 * has painted (their heavy parts, such as the PNG export, still load when first used).
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
const table = lazyWithPreload(() =>
  import('../features/table/table-view').then((m) => m.TableView),
);
export const TableView = table.Component;
const dashboard = lazyWithPreload(() =>
  import('../features/dashboard/dashboard-page').then((m) => m.DashboardPage),
);
export const DashboardPage = dashboard.Component;
export const SettingsPage = lazyWithPreload(() =>
  import('../features/settings/settings-page').then((m) => m.SettingsPage),
).Component;

/**
 * Fetches the code of the editor, the table and the dashboard (5-8 kB gzipped each), and the
 * board's bulk bar, once the board has painted and the browser is idle, so the board's own load is not slowed and they
 * open at once. A lazy page that is not loaded yet suspends, and React then holds its content
 * back for up to 300 ms after showing the fallback: that was most of opening the table.
 */
export function prefetchLikelyViews(): void {
  whenIdle(() => {
    // A prefetch that fails is only a prefetch: the view loads its code when it opens.
    for (const view of [editor, table, dashboard]) view.preload().catch(() => undefined);
    preloadBulkBar().catch(() => undefined);
  });
}

/**
 * Starts the dashboard's worker once the whole board has been read and the browser is idle:
 * the worker's code and its own connection to the database (decision 015) took about a third
 * of opening the dashboard at 10,000 cards, and the worker brings the copy of the board's
 * journal digest up to date (decision 016), which it reads far faster than the digest. Then
 * the board's `cards` are sent to it a few at a time, so that the dashboard's opening sends
 * only those changed since. Once per page: the worker lives as long as the page.
 */
export function warmDashboard(boardId: string, cards: () => readonly Recommendation[]): void {
  if (warmedBoards.has(boardId)) return;
  warmedBoards.add(boardId);
  whenIdle(() => {
    import('../features/dashboard/dashboard-worker-client')
      .then((client) => {
        client.startDashboardWorker(boardId);
        client.primeDashboardCards(boardId, cards());
      })
      // A warm-up that fails is only a warm-up: the dashboard starts its worker when it opens.
      .catch(() => undefined);
  });
}
const warmedBoards = new Set<string>();
