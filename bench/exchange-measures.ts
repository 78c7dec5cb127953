import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { BoardPage } from '../e2e/page-models/board-page';
import { ReportImportPage } from '../e2e/page-models/report-import-page';
import { type ExportItem, SnapshotMenu } from '../e2e/page-models/snapshot-menu';
import { syntheticReport } from '../src/testing/synthetic-report';
import { pdfFromText } from '../src/workers/report/testing/report-files';
import type { EXCHANGE_MEASURES } from './exchange-measure-definitions';
import { measuresAt, type RunValues } from './measure-definitions';
import { settle, WAIT } from './measures';
import { progressSeen, watchForProgress } from './progress-watch';
import { timeViewChange, watchJank } from './time-view-change';

/*
 * Files in and out (issues 12 and 15): the CSV and PNG exports, and a report read as text and
 * as a PDF. Each is timed on the page's own clock, from the gesture's event.
 */

declare global {
  interface Window {
    recboardFileHandedOver?: Promise<number>;
  }
}

/**
 * Arms the page: the next click (capture, on the window) starts the clock, and the first blob
 * of `type` handed to URL.createObjectURL (what a download does once its file is whole) stops
 * it. Like the other probes, the function crosses into the page: it uses nothing outside it.
 */
function armFileClock(type: string): void {
  window.recboardFileHandedOver = new Promise<number>((resolve) => {
    let clickedAt: number | null = null;
    window.addEventListener(
      'click',
      (event) => {
        clickedAt = event.timeStamp;
      },
      { capture: true, once: true },
    );
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (object: Blob | MediaSource) => {
      if (clickedAt !== null && object instanceof Blob && object.type.startsWith(type)) {
        URL.createObjectURL = original;
        resolve(performance.now() - clickedAt);
      }
      return original(object);
    };
  });
}

export interface ExportTiming {
  /** The click on the menu item → the whole file handed to the browser's download. */
  ms: number;
  longestTaskMs: number;
}

/** Export menu → `item` (the whole board: no filter is set) → the file downloaded. */
async function timeExport(page: Page, item: ExportItem, type: string): Promise<ExportTiming> {
  const menu = new SnapshotMenu(page);
  await menu.openExport();
  await page.evaluate(armFileClock, type);
  const jank = await watchJank(
    page,
    async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download', WAIT),
        menu.item(item).click(WAIT),
      ]);
      // Not timed: the file must be real, or the figure means nothing.
      expect(await download.failure()).toBeNull();
    },
    settle,
  );
  const ms = await page.evaluate(() => {
    if (!window.recboardFileHandedOver) throw new Error('file clock not armed');
    return window.recboardFileHandedOver;
  });
  await page.keyboard.press('Escape');
  await settle(page);
  return { ms, longestTaskMs: jank.longestTaskMs };
}

export function measureCsvExport(page: Page): Promise<ExportTiming> {
  return timeExport(page, 'CSV spreadsheet', 'text/csv');
}

export async function measurePngExport(page: Page): Promise<number> {
  return (await timeExport(page, 'PNG image', 'image/png')).ms;
}

/** The report's length: 170 pages of the synthetic report is about 300 KB. */
const TEXT_PAGES = 170;
const PDF_PAGES = 50;
const FOUND = '^Found [\\d,]+ possible recommendations';
const STATUS = 'main p[role="status"]';

export interface ReportTiming {
  textMs: number;
  textLongestTaskMs: number;
  pdfMs: number;
}

/**
 * The report import page, twice: a 300 KB report opened as a .txt file, then as a 50-page PDF,
 * each from the file input's change → the end of the first frame whose status line says what
 * was found; the PDF's "Pages read" progress bar must be seen on the way. (Not pasted: typing
 * 300 KB into the text box through Playwright takes three minutes.) Leaves the page on the
 * board.
 */
export async function measureReportImport(page: Page): Promise<ReportTiming> {
  const importer = new ReportImportPage(page);
  const dir = await mkdtemp(join(tmpdir(), 'recboard-bench-'));
  const text = syntheticReport(TEXT_PAGES);
  expect(text.length).toBeGreaterThan(290_000);
  const txt = join(dir, 'three-hundred-kb.txt');
  await writeFile(txt, text);
  await goToImport(page);
  let textMs = 0;
  const jank = await watchJank(
    page,
    async () => {
      textMs = await timeViewChange(
        page,
        { event: 'change', until: [{ selector: STATUS, text: `${FOUND} in three-hundred-kb` }] },
        () => importer.openFile(txt),
      );
    },
    settle,
  );

  const pdf = join(dir, 'fifty-pages.pdf');
  await writeFile(pdf, await pdfFromText(syntheticReport(PDF_PAGES)));
  await goToImport(page);
  await watchForProgress(page, 'progress[aria-label="Pages read"]');
  const pdfMs = await timeViewChange(
    page,
    { event: 'change', until: [{ selector: STATUS, text: `${FOUND} in fifty-pages` }] },
    () => importer.openFile(pdf),
  );
  // Not timed: a 50-page read must show its progress.
  expect(await progressSeen(page)).toBeGreaterThan(0);
  await page.goto('/');
  await new BoardPage(page).whole();
  await settle(page);
  return { textMs, textLongestTaskMs: jank.longestTaskMs, pdfMs };
}

/** A fresh report import page (nothing pasted, nothing found), reached from the board. */
async function goToImport(page: Page): Promise<void> {
  await page.goto('/#/');
  await new BoardPage(page).whole();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Import a report' })
    .click(WAIT);
  await expect(new ReportImportPage(page).heading).toBeVisible(WAIT);
  await settle(page);
}

/** The file measures a run at this board size takes (exchange-measure-definitions.ts). */
export async function measureExchange(
  page: Page,
  size: number,
): Promise<Partial<Pick<RunValues, ExchangeKey>>> {
  const taken = new Set<string>(measuresAt(size).map((measure) => measure.key));
  const values: Partial<Pick<RunValues, ExchangeKey>> = {};
  if (taken.has('csvExportMs')) {
    const csv = await measureCsvExport(page);
    values.csvExportMs = csv.ms;
    values.csvExportLongestTaskMs = csv.longestTaskMs;
  }
  if (taken.has('pngExportMs')) values.pngExportMs = await measurePngExport(page);
  if (taken.has('reportTextMs')) {
    const report = await measureReportImport(page);
    values.reportTextMs = report.textMs;
    values.reportTextLongestTaskMs = report.textLongestTaskMs;
    values.reportPdfMs = report.pdfMs;
  }
  return values;
}

type ExchangeKey = (typeof EXCHANGE_MEASURES)[number]['key'];
