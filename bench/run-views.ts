import type { Page } from '@playwright/test';
import {
  leaveDashboard,
  measureDashboardOpen,
  measureDashboardRefilter,
} from './dashboard-measures';
import { measureGrouping, measureSearch } from './find-measures';
import { measureLanguageSwitch } from './language-measures';
import type { RunValues } from './measure-definitions';
import { measureTable } from './table-measures';

type ViewKey =
  | 'searchIndexBuildMs'
  | 'searchKeystrokeMs'
  | 'groupingMs'
  | 'tableOpenMs'
  | 'tableScrollLongestTaskMs'
  | 'tableScrollMaxFrameGapMs'
  | 'tableSortMs'
  | 'tableSortLongestTaskMs'
  | 'dashboardOpenMs'
  | 'dashboardRefilterMs'
  | 'languageSwitchMs';

/** The measures every size takes: search, table, dashboard opened. Leaves the dashboard open. */
async function measureSearchTableDashboard(page: Page, cards: number) {
  const search = await measureSearch(page);
  const table = await measureTable(page, cards);
  const dashboardOpenMs = await measureDashboardOpen(page, cards);
  return {
    searchIndexBuildMs: search.indexBuildMs,
    searchKeystrokeMs: search.keystrokeMs,
    tableOpenMs: table.openMs,
    tableScrollLongestTaskMs: table.scrollLongestTaskMs,
    tableScrollMaxFrameGapMs: table.scrollMaxFrameGapMs,
    tableSortMs: table.sortMs,
    tableSortLongestTaskMs: table.sortLongestTaskMs,
    dashboardOpenMs,
  };
}

/**
 * The views over a board read whole, in one page, after the board's own measures: search,
 * grouping, language, table, dashboard. Each leaves the board as it found it (no search, no
 * grouping, English), so the order only decides which code is loaded first.
 */
export async function measureViews(page: Page, cards: number): Promise<Pick<RunValues, ViewKey>> {
  const groupingMs = await measureGrouping(page);
  const languageSwitchMs = await measureLanguageSwitch(page);
  const shared = await measureSearchTableDashboard(page, cards);
  const dashboardRefilterMs = await measureDashboardRefilter(page);
  await leaveDashboard(page);
  return { ...shared, groupingMs, languageSwitchMs, dashboardRefilterMs };
}

/** The views measured on the boards over LARGE_BOARD (bench-config.ts). */
export function measureLargeViews(
  page: Page,
  cards: number,
): Promise<Awaited<ReturnType<typeof measureSearchTableDashboard>>> {
  return measureSearchTableDashboard(page, cards);
}
