import type { MeasureDefinition } from './measure-definitions';

/*
 * The measures of the views over the board: search, grouping, table (issue 13), dashboard
 * (issue 16), language (issue 17). Each budget is the issue's, judged on the median.
 */

const NO_LONG_TASK = { max: 50, text: 'no task over 50 ms' } as const;
const LONG_TASK_FLOOR =
  'Chromium reports only tasks of 50 ms or more: "< 50 ms" means no task reached 50 ms.';

export const VIEW_MEASURES = [
  {
    key: 'searchIndexBuildMs',
    everySize: true,
    label: 'First search key → result (index built)',
    unit: 'ms',
    decimals: 0,
    meaning:
      "The first key typed in the find bar's search box, on a board read whole (keydown) → the end of the first frame showing its result (the status line's \"N of M recommendations\", rendered in the same commit as the board): the cards' item and note texts read and the search index built on the way, in chunks that yield to input.",
    budgets: {},
  },
  {
    key: 'searchKeystrokeMs',
    everySize: true,
    label: 'Search keystroke → board repainted',
    unit: 'ms',
    decimals: 0,
    meaning:
      'The same query ("women returnee skills") typed again key by key on the built index: per key that changes the result, keydown → the end of the first frame with the status line (and so the board) showing exactly the result the first pass showed for it. Per run, the median of those keys (a key that changes nothing on screen has no frame to time).',
    budgets: { 10000: { max: 50 }, 50000: { max: 150 } },
  },
  {
    key: 'groupingMs',
    label: 'Group by stage → lanes painted',
    unit: 'ms',
    decimals: 0,
    meaning:
      'Choosing "Migration-cycle stage" in the find bar\'s Group by (its change event) → the end of the first frame with the board\'s columns in the stage lanes.',
    budgets: { 10000: { max: 150 } },
  },
  {
    key: 'tableOpenMs',
    everySize: true,
    label: 'Open the table view',
    unit: 'ms',
    decimals: 0,
    meaning:
      'A click on the view switch\'s "Table" (board read whole; the table\'s code fetched ahead, as the app does once the board has painted and the browser is idle) → the end of the first frame with its first rows painted (every card in it: aria-rowcount checked after).',
    budgets: { 10000: { max: 300 } },
  },
  {
    key: 'tableScrollLongestTaskMs',
    everySize: true,
    label: 'Table scroll: longest task',
    unit: 'ms',
    decimals: 0,
    floor: 50,
    meaning: `Longest main-thread task while the mouse wheel scrolls the table from its first row to its last, in 40 turns a frame apart, until the page is quiet again. ${LONG_TASK_FLOOR}`,
    budgets: { 10000: NO_LONG_TASK },
  },
  {
    key: 'tableScrollMaxFrameGapMs',
    everySize: true,
    label: 'Table scroll: longest frame gap',
    unit: 'ms',
    decimals: 0,
    meaning: 'Longest gap between two animation frames over the same window.',
    budgets: {},
  },
  {
    key: 'tableSortMs',
    everySize: true,
    label: 'Table sort → repainted',
    unit: 'ms',
    decimals: 0,
    meaning:
      'A click on the "Recommendation" header (sort by title, with the locale\'s collator: the costliest sort) → the end of the first frame with the header marked ascending and the rows sorted.',
    budgets: {},
  },
  {
    key: 'tableSortLongestTaskMs',
    everySize: true,
    label: 'Table sort: longest task',
    unit: 'ms',
    decimals: 0,
    floor: 50,
    meaning: `Longest main-thread task from that click until the page is quiet again. ${LONG_TASK_FLOOR}`,
    budgets: { 10000: NO_LONG_TASK },
  },
  {
    key: 'dashboardOpenMs',
    everySize: true,
    label: 'Open the dashboard',
    unit: 'ms',
    decimals: 0,
    meaning:
      'A click on the header\'s "Dashboard" link, from the board read whole (its code fetched ahead, as the app does once the board has painted and the browser is idle; its worker not started) → the end of the first frame with every figure painted: the dashboard\'s data-status "ready", set in the render that draws every section from the worker\'s answer.',
    budgets: { 10000: { max: 300 }, 50000: { max: 1000, text: '≤ 1 s' } },
  },
  {
    key: 'dashboardRefilterMs',
    label: 'Dashboard: filter changed → repainted',
    unit: 'ms',
    decimals: 0,
    meaning:
      'On the dashboard, Forward to an entry of the same page with a stage filter in the URL (its popstate: the dashboard has no filter control, it follows the URL\'s view) → the end of the first frame with every figure recomputed for that filter ("ready" again, the "On the board" count changed).',
    budgets: { 10000: { max: 100 } },
  },
  {
    key: 'languageSwitchMs',
    label: 'Switch to Bangla → board repainted',
    unit: 'ms',
    decimals: 0,
    meaning:
      "Choosing বাংলা in the header's language switch (its change event; the Bangla messages not loaded yet) → the end of the first frame with the board in Bangla (its region named in Bangla).",
    budgets: { 2000: { max: 200 } },
  },
] as const satisfies readonly MeasureDefinition[];
