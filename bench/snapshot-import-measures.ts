import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, expect, type Page } from '@playwright/test';
import { BoardPage } from '../e2e/page-models/board-page';
import { SnapshotMenu } from '../e2e/page-models/snapshot-menu';
import { openHarness, settle, WAIT } from './measures';
import { progressSeen, watchForProgress } from './progress-watch';
import { timeViewChange, watchJank } from './time-view-change';
import { FIND_STATUS_SELECTOR } from './view-controls';

export interface SnapshotImportTiming {
  /** "Replace the board" clicked → the board painted with every card of the file counted. */
  ms: number;
  /** Longest main-thread task from the file chosen until the page was quiet after it. */
  longestTaskMs: number;
}

/**
 * A snapshot of `size` cards imported into a new browser profile, as when a backup is restored
 * on another machine: the file (from the harness: the generated board's cards, columns,
 * workshops and actors) is picked with the Import button, its preview read in a worker, then
 * "Replace the board" writes it with a progress bar and the board reads it back.
 */
export async function measureSnapshotImport(
  context: BrowserContext,
  size: number,
): Promise<SnapshotImportTiming> {
  const harness = await context.newPage();
  await openHarness(harness);
  const json = await harness.evaluate(async (cards) => {
    if (!window.recboardBench) throw new Error('harness not ready');
    return window.recboardBench.leanSnapshotFile(cards);
  }, size);
  const origin = new URL(harness.url()).origin;
  const viewport = harness.viewportSize();
  await harness.close();
  const file = join(await mkdtemp(join(tmpdir(), 'recboard-bench-')), `board-${size}.json`);
  await writeFile(file, json);

  const browser = context.browser();
  if (!browser) throw new Error('no browser');
  const fresh = await browser.newContext({ baseURL: origin, viewport, serviceWorkers: 'block' });
  try {
    const page = await fresh.newPage();
    await page.goto('/');
    await new BoardPage(page).whole();
    await settle(page);
    return await importAndTime(page, file, size);
  } finally {
    await fresh.close();
  }
}

async function importAndTime(page: Page, file: string, size: number) {
  const menu = new SnapshotMenu(page);
  await watchForProgress(page, 'progress, [role="progressbar"]');
  let ms = 0;
  const jank = await watchJank(
    page,
    async () => {
      await menu.importFile(file);
      await expect(menu.summary).toContainText(`the file’s ${size.toLocaleString('en-GB')}`, WAIT);
      const counted = `^${size.toLocaleString('en-GB')} recommendations$`;
      ms = await timeViewChange(
        page,
        { event: 'click', until: [{ selector: FIND_STATUS_SELECTOR, text: counted }] },
        () => menu.dialog.getByRole('button', { name: 'Replace the board' }).click(WAIT),
      );
    },
    settle,
  );
  // Not timed: an import this size must show its progress.
  expect(await progressSeen(page)).toBeGreaterThan(0);
  return { ms, longestTaskMs: jank.longestTaskMs };
}
