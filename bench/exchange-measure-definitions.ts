import type { MeasureDefinition } from './measure-definitions';

/*
 * Files in and out: the snapshot exports (issue 12) and reading a report (issue 15). Each is
 * taken only at the board size its budget names (`onlyAt`): a PNG of 10,000 cards, or the
 * same report read at every size, would add minutes and say nothing the budget asks.
 */

const LONG_TASK_FLOOR =
  'Chromium reports only tasks of 50 ms or more: "< 50 ms" means no task reached 50 ms.';

export const EXCHANGE_MEASURES = [
  {
    key: 'csvExportMs',
    onlyAt: [2000, 10000],
    label: 'CSV export of the board',
    unit: 'ms',
    decimals: 0,
    meaning:
      'Export → "CSV spreadsheet" (its click) → the whole file handed to the browser\'s download (the first text/csv blob given to URL.createObjectURL): one row per recommendation, built a chunk of rows per task.',
    budgets: { 10000: { max: 1000, text: '< 1 s' } },
  },
  {
    key: 'csvExportLongestTaskMs',
    onlyAt: [2000, 10000],
    label: 'CSV export: longest task',
    unit: 'ms',
    decimals: 0,
    floor: 50,
    meaning: `Longest main-thread task from that click until the page is quiet again. ${LONG_TASK_FLOOR}`,
    budgets: { 10000: { max: 100, text: 'no task over 100 ms' } },
  },
  {
    key: 'pngExportMs',
    onlyAt: [500],
    label: 'PNG export of the board',
    unit: 'ms',
    decimals: 0,
    meaning:
      'Export → "PNG image" (its click) → the image, with the JSON snapshot in its text chunk, handed to the browser\'s download (the first image/png blob given to URL.createObjectURL): the board drawn whole, every card, then rasterised.',
    budgets: { 500: { max: 3000, text: '≤ 3 s' } },
  },
  {
    key: 'reportTextMs',
    onlyAt: [500],
    label: 'Report: 300 KB text → candidates',
    unit: 'ms',
    decimals: 0,
    meaning:
      "On the report import page, a 300 KB report (170 pages of src/testing/synthetic-report.ts, 850 recommendations) opened as a .txt file (the file input's change) → the end of the first frame whose status line says what was found, the candidates listed: the file is read and the extraction runs in a worker.",
    budgets: { 500: { max: 1000, text: '≤ 1 s' } },
  },
  {
    key: 'reportTextLongestTaskMs',
    onlyAt: [500],
    label: 'Report text: longest main-thread task',
    unit: 'ms',
    decimals: 0,
    floor: 50,
    meaning: `Longest main-thread task from that change until the page is quiet again: the extraction is off the main thread, the review list is not. ${LONG_TASK_FLOOR}`,
    budgets: {},
  },
  {
    key: 'reportPdfMs',
    onlyAt: [500],
    label: 'Report: 50-page PDF → candidates',
    unit: 'ms',
    decimals: 0,
    meaning:
      'A 50-page PDF of the same report (made with pdf-lib) opened in the report import page (the file input\'s change) → the end of the first frame whose status line says what was found: pdf.js reads it page by page in a worker, its "Pages read" progress bar shown on the way (the run checks it was), then the extraction.',
    budgets: { 500: { max: 5000, text: '≤ 5 s' } },
  },
  {
    key: 'snapshotImportMs',
    onlyAt: [50000],
    label: 'Snapshot import (replace) → board painted',
    unit: 'ms',
    decimals: 0,
    meaning:
      'A JSON snapshot of the generated board\'s cards, columns, workshops and actors (no action items, notes or history: with them a 50,000-card file is 280 MB, over the 50 MB an import accepts) picked with the Import button in a new browser profile; after its preview, "Replace the board" clicked → the end of the first frame whose status line counts every card of the file. The run checks a progress bar was shown.',
    budgets: {},
  },
  {
    key: 'snapshotImportLongestTaskMs',
    onlyAt: [50000],
    label: 'Snapshot import: longest task',
    unit: 'ms',
    decimals: 0,
    floor: 50,
    meaning: `Longest main-thread task from the file picked (its parse and preview in a worker) through the write and the board read back, until the page is quiet again. ${LONG_TASK_FLOOR}`,
    budgets: { 50000: { max: 200, text: 'no task over 200 ms' } },
  },
] as const satisfies readonly MeasureDefinition[];
