import { type BrowserContext, expect, type Page } from '@playwright/test';
import { BoardPage } from '../e2e/page-models/board-page';
import { LARGE_BOARD } from './bench-config';
import { measureExchange } from './exchange-measures';
import type { BoardCounts } from './harness/bench-api';
import type { TransactionReads } from './idb-read-counter';
import { measureCrossTabMove, measureUndo, openSecondTab } from './journal-measures';
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
import { measureLargeViews, measureViews } from './run-views';
import { measureSnapshotImport } from './snapshot-import-measures';

export interface RunOutcome {
  /** Every measure of measuresAt(size): the boards over LARGE_BOARD take fewer. */
  values: Partial<RunValues>;
  counts: BoardCounts;
  /** The cards that were moved, and where they are at the end: the run checks they really are. */
  moves: { title: string; from: string; to: string }[];
  /** Every transaction of the counted move, per tab: what the rows-read figures add up. */
  moveReads: { tabA: TransactionReads[]; tabB: TransactionReads[] };
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

/** Not timed: the moves must have happened, or the figures mean nothing. */
async function expectCardsIn(page: Page, cards: readonly (readonly [string, string])[]) {
  const board = new BoardPage(page);
  for (const [title, column] of cards) await expect(board.cardIn(column, title)).toHaveCount(1);
}

/**
 * The board's gestures in tab A once the board is whole, in this order: a mouse drag, a
 * keyboard move and its undo, the card editor, then a mouse move watched from a second tab
 * (opened in `context`, and closed after). bench/experiments/ab-board-gestures runs them too.
 */
export async function measureGestures(context: BrowserContext, tabA: Page) {
  await settle(tabA);
  const drag = await measureMouseDrag(tabA, FROM, TO);
  await settle(tabA);
  const keyboard = await measureKeyboardMove(tabA, FROM);
  await settle(tabA);
  const undo = await measureUndo(tabA, keyboard.title, keyboard.column, FROM);
  await settle(tabA);
  const editorOpenMs = await measureOpenEditor(tabA, FROM);
  await settle(tabA);
  const crossTab = await withPage(context, async (tabB) => {
    await openSecondTab(tabB);
    const result = await measureCrossTabMove(tabA, tabB, FROM, TO);
    await expectCardsIn(tabB, [[result.drag.title, TO]]);
    return result;
  });
  return { drag, keyboard, undo, editorOpenMs, crossTab };
}

/** The figures of measureGestures, as the run's values name them. */
export function gestureFigures(gestures: Awaited<ReturnType<typeof measureGestures>>) {
  const { drag, keyboard, undo, editorOpenMs, crossTab } = gestures;
  return {
    dragLongestTaskMs: drag.longestTaskMs,
    dragMaxFrameGapMs: drag.maxFrameGapMs,
    dropRepaintMs: drag.dropToRepaintMs,
    dropPersistMs: drag.dropToPersistMs,
    dropPatchedMs: drag.dropToPatchedMs,
    keyboardDropRepaintMs: keyboard.dropToRepaintMs,
    undoRepaintMs: undo.repaintMs,
    undoCommitMs: undo.commitMs,
    editorOpenMs,
    crossTabMs: crossTab.shownInOtherTabMs,
    crossTabReadMs: crossTab.otherTabReadsMs,
    moveTxRows: crossTab.moveTransactionRows,
    moveRowsTabA: crossTab.tabARows,
    moveRowsTabB: crossTab.tabBRows,
  } satisfies Partial<RunValues>;
}

/**
 * The UI measures, in one page (tab A) and, for the last move, a second one (tab B): load,
 * mouse drag, keyboard move and its undo, card editor, then a mouse move watched from tab B.
 */
async function measureUi(context: BrowserContext, tabA: Page, cards: number, size: number) {
  const coldLoadMs = await measureColdLoad(tabA);
  const wholeBoardMs = await measureWholeBoard(tabA);
  const heapMb = await measureHeap(tabA);
  const gestures = await measureGestures(context, tabA);
  const { drag, keyboard, crossTab } = gestures;
  await expectCardsIn(tabA, [
    [drag.title, TO],
    [crossTab.drag.title, TO],
  ]);
  const views = await measureViews(tabA, cards);
  const exchange = await measureExchange(tabA, size);
  return {
    values: {
      ...views,
      ...exchange,
      coldLoadMs,
      wholeBoardMs,
      heapMb,
      ...gestureFigures(gestures),
    },
    // The keyboard move was undone: that card went back, then the last move took it to TO.
    moves: [
      { title: drag.title, from: FROM, to: TO },
      { title: keyboard.title, from: FROM, to: keyboard.column },
      { title: keyboard.title, from: keyboard.column, to: FROM },
      { title: crossTab.drag.title, from: FROM, to: TO },
    ],
    moveReads: crossTab.transactions,
  };
}

/**
 * One run at one board size, in the given (fresh) browser context: populate the database from
 * the harness page, load the app in a new page and measure it, then time the data paths in the
 * harness page again. The UI pages are closed before the data measures so they do not compete.
 */
export async function runBoardOnce(context: BrowserContext, size: number): Promise<RunOutcome> {
  const counts = await withPage(context, async (page) => {
    await openHarness(page);
    return populate(page, size);
  });
  if (size > LARGE_BOARD) return runLargeBoardOnce(context, counts);

  const ui = await withPage(context, (page) =>
    measureUi(context, page, counts.recommendations, size),
  );

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
    moveReads: ui.moveReads,
    values: {
      ...ui.values,
      bulkWriteMs: data.bulkWriteMs,
      baselineWriteMs: data.baseline.writeMs,
      bulkWriteRatio: data.bulkWriteMs / data.baseline.writeMs,
      plainFirstScreenMs: data.baseline.firstScreenReadMs,
      coldLoadRatio: ui.values.coldLoadMs / data.baseline.firstScreenReadMs,
      plainWholeReadMs: data.baseline.wholeReadMs,
      wholeReadRatio: ui.values.wholeBoardMs / data.baseline.wholeReadMs,
      backupMs: data.backup.ms,
      backupMb: data.backup.bytes / 1e6,
    },
  };
}

/**
 * One run on a board over LARGE_BOARD, populated: load, search, table and dashboard only (the
 * measures marked everySize), in one page. No move is made.
 */
async function runLargeBoardOnce(
  context: BrowserContext,
  counts: BoardCounts,
): Promise<RunOutcome> {
  const values = await withPage(context, async (page) => {
    const coldLoadMs = await measureColdLoad(page);
    const wholeBoardMs = await measureWholeBoard(page);
    const heapMb = await measureHeap(page);
    await settle(page);
    const views = await measureLargeViews(page, counts.recommendations);
    return { coldLoadMs, wholeBoardMs, heapMb, ...views };
  });
  const restored = await measureSnapshotImport(context, counts.recommendations);
  return {
    counts,
    values: {
      ...values,
      snapshotImportMs: restored.ms,
      snapshotImportLongestTaskMs: restored.longestTaskMs,
    },
    moves: [],
    moveReads: { tabA: [], tabB: [] },
  };
}
