import { type BrowserContext, expect, type Page } from '@playwright/test';
import type { BoardCounts } from './harness/bench-api';
import type { RunValues } from './measure-definitions';
import {
  collectGarbage,
  measureBackup,
  measureBaseline,
  measureBulkWrite,
  measureColdLoad,
  measureHeap,
  measureKeyboardMove,
  measureMouseDrag,
  measureOpenEditor,
  measureWholeBoard,
  openHarness,
  populate,
  prepareHarness,
  settle,
} from './measures';

export interface RunOutcome {
  values: RunValues;
  counts: BoardCounts;
  /** The cards that were moved, and where they landed: the run checks they really moved. */
  moves: { title: string; from: string; to: string }[];
}

const FROM = 'To triage';
const TO = 'In progress';

async function withPage<T>(context: BrowserContext, work: (page: Page) => Promise<T>): Promise<T> {
  const page = await context.newPage();
  try {
    return await work(page);
  } finally {
    await page.close();
  }
}

/**
 * One run at one board size, in the given (fresh) browser context: populate the database from
 * the harness page, load the app in a new page and measure it, then time the data paths in the
 * harness page again. The UI page is closed before the data measures so they do not compete.
 */
export async function runBoardOnce(context: BrowserContext, size: number): Promise<RunOutcome> {
  const counts = await withPage(context, async (page) => {
    await openHarness(page);
    return populate(page, size);
  });

  const ui = await withPage(context, async (page) => {
    const coldLoadMs = await measureColdLoad(page);
    const wholeBoardMs = await measureWholeBoard(page);
    const heapMb = await measureHeap(page);
    await settle(page);
    const drag = await measureMouseDrag(page, FROM, TO);
    await settle(page);
    const keyboard = await measureKeyboardMove(page, FROM);
    await settle(page);
    const editorOpenMs = await measureOpenEditor(page, FROM);
    // Not timed: the moves must have happened, or the figures above mean nothing.
    const board = page.getByRole('region', { name: 'Recommendation board' });
    for (const [title, column] of [
      [drag.title, TO],
      [keyboard.title, keyboard.column],
    ] as const) {
      await expect(
        board.getByRole('region', { name: column, exact: true }).getByRole('article', {
          name: title,
          exact: true,
        }),
      ).toHaveCount(1);
    }
    return {
      coldLoadMs,
      wholeBoardMs,
      heapMb,
      drag,
      keyboard,
      editorOpenMs,
      moves: [
        { title: drag.title, from: FROM, to: TO },
        { title: keyboard.title, from: FROM, to: keyboard.column },
      ],
    };
  });

  const data = await withPage(context, async (page) => {
    await openHarness(page);
    await prepareHarness(page, size);
    await collectGarbage(page);
    const backup = await measureBackup(page);
    await collectGarbage(page);
    const bulkWriteMs = await measureBulkWrite(page, size);
    await collectGarbage(page);
    const baseline = await measureBaseline(page, size);
    return { backup, bulkWriteMs, baseline };
  });

  return {
    counts,
    moves: ui.moves,
    values: {
      coldLoadMs: ui.coldLoadMs,
      wholeBoardMs: ui.wholeBoardMs,
      heapMb: ui.heapMb,
      dragLongestTaskMs: ui.drag.longestTaskMs,
      dragMaxFrameGapMs: ui.drag.maxFrameGapMs,
      dropRepaintMs: ui.drag.dropToRepaintMs,
      dropPersistMs: ui.drag.dropToPersistMs,
      keyboardDropRepaintMs: ui.keyboard.dropToRepaintMs,
      editorOpenMs: ui.editorOpenMs,
      bulkWriteMs: data.bulkWriteMs,
      baselineWriteMs: data.baseline.writeMs,
      bulkWriteRatio: data.bulkWriteMs / data.baseline.writeMs,
      baselineReadMs: data.baseline.readMs,
      loadReadRatio: ui.coldLoadMs / data.baseline.readMs,
      backupMs: data.backup.ms,
      backupMb: data.backup.bytes / 1e6,
    },
  };
}
