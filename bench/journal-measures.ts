import type { Page } from '@playwright/test';
import { BoardPage } from '../e2e/page-models/board-page';
import { installReadCounter, type TransactionReads } from './idb-read-counter';
import {
  type MouseDragResult,
  measureColdLoad,
  measureMouseDrag,
  measureWholeBoard,
  settle,
  WAIT,
} from './measures';
import { type DropTarget, installProbe } from './page-probe';

/*
 * The measures of the one write path (decision 011): undo, a move seen from another tab, and
 * the rows a write reads. Same rules as measures.ts: page clocks, page-model locators.
 */

/** The journaled (read-write, journal in scope) transactions among `reads`: one per action. */
const journaled = (reads: readonly TransactionReads[]) =>
  reads.filter((reads) => reads.mode === 'readwrite' && reads.stores.includes('journal'));

async function readsSince(page: Page, since: number): Promise<TransactionReads[]> {
  return page.evaluate((from) => {
    if (!window.recboardReads) throw new Error('read counter not installed');
    return window.recboardReads.since(from);
  }, since);
}

export interface UndoResult {
  /** Ctrl+Z keydown → the end of the first frame with the card back. */
  repaintMs: number;
  /** Ctrl+Z keydown → the undo's transaction committed (its 'complete' event). */
  commitMs: number;
}

/**
 * Ctrl+Z with the focus on the moved card's drag handle (the board, not a field) → the end of
 * the first frame with the card back in `backTo`, in ms. The card must be the last move made.
 */
export async function measureUndo(
  page: Page,
  title: string,
  movedTo: string,
  backTo: string,
): Promise<UndoResult> {
  const board = new BoardPage(page);
  await board.dragHandleIn(movedTo, title).focus(WAIT);
  const inField = await page.evaluate(
    () => document.activeElement?.closest('input, textarea, select, [contenteditable]') !== null,
  );
  if (inField) throw new Error('the focus is in a field: Ctrl+Z would undo typing there');
  await page.evaluate(installProbe);
  await page.evaluate(installReadCounter);
  const target: DropTarget = {
    title,
    from: movedTo,
    to: backTo,
    release: { type: 'keydown', code: 'KeyZ' },
    marks: [],
  };
  await page.evaluate((t) => window.recboardProbe?.armDrop(t), target);
  await page.keyboard.press('Control+z');
  const undone = await page.evaluate(() => {
    if (!window.recboardProbe) throw new Error('probe not installed');
    return window.recboardProbe.dropped();
  });
  await settle(page);
  const [undo, ...others] = journaled(await readsSince(page, undone.eventAt));
  if (!undo || others.length > 0 || undo.completedAt === null) {
    throw new Error('expected one committed journaled transaction for the undo');
  }
  return {
    repaintMs: undone.paintedAt - undone.eventAt,
    commitMs: undo.completedAt - undone.eventAt,
  };
}

/** Loads the board in another page of the same context and waits until all of it is read. */
export async function openSecondTab(page: Page): Promise<void> {
  await measureColdLoad(page);
  await measureWholeBoard(page);
  await settle(page);
}

/**
 * How far a page's wall clock (performance.timeOrigin + performance.now()) is from Date.now(),
 * in ms: the smallest difference over 20 ms of samples (Date.now() counts whole ms, so the
 * smallest is the closest). Subtracted from each page's times, so two pages' clocks agree
 * even if each took its timeOrigin at a slightly different reading of the system clock.
 */
async function clockError(page: Page): Promise<number> {
  return page.evaluate(() => {
    let smallest = Number.POSITIVE_INFINITY;
    const until = performance.now() + 20;
    while (performance.now() < until) {
      smallest = Math.min(smallest, performance.timeOrigin + performance.now() - Date.now());
    }
    return smallest;
  });
}

export interface CrossTabResult {
  drag: MouseDragResult;
  /** Tab A's drop → the end of tab B's first frame with the card in its new column, in ms. */
  shownInOtherTabMs: number;
  /** Tab A's drop → tab B's first IndexedDB transaction after it (reading the changed rows). */
  otherTabReadsMs: number;
  /** Rows read by the move's read-write transaction in tab A (the one that wrote the journal). */
  moveTransactionRows: number;
  /** Every row read in tab A, from the press until it was quiet again. */
  tabARows: number;
  /** Every row read in tab B, from before the press until it had painted and was quiet. */
  tabBRows: number;
  /** Every transaction each tab made, for the raw results. */
  transactions: { tabA: TransactionReads[]; tabB: TransactionReads[] };
}

/**
 * How long a page waits between frames now: the third-smallest of four requestAnimationFrame
 * gaps (one slow frame of a busy page does not count); Infinity if it draws none in 3 s.
 */
export async function frameGap(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const times: number[] = [];
        const giveUp = setTimeout(() => resolve(Number.POSITIVE_INFINITY), 3_000);
        const step = (at: number) => {
          times.push(at);
          if (times.length < 5) {
            requestAnimationFrame(step);
            return;
          }
          clearTimeout(giveUp);
          const gaps = times.slice(1).map((at, index) => at - (times[index] ?? at));
          resolve(gaps.sort((a, b) => a - b)[2] ?? Number.NaN);
        };
        requestAnimationFrame(step);
      }),
  );
}

/** This long or more between frames is a throttled page, not a busy one. */
const THROTTLED_FRAME_GAP_MS = 200;

/**
 * Fails the measure when either tab is throttled: the figure would be Chromium's timer, not
 * the app. A person sees both tabs (two windows) and drags in the one in front. Checked as
 * soon as tab B has shown the move: a tab throttled during a drag stays so (one frame a
 * second, where a busy tab's frames are tens of ms apart).
 */
async function expectBothRendering(tabA: Page, tabB: Page): Promise<void> {
  for (const [name, page] of [
    ['A', tabA],
    ['B', tabB],
  ] as const) {
    const gap = await frameGap(page);
    if (!(gap < THROTTLED_FRAME_GAP_MS)) {
      throw new Error(`tab ${name} draws a frame every ${gap.toFixed(0)} ms: it is throttled`);
    }
  }
}

/**
 * A mouse move in tab A while tab B (same context, whole board read) watches: when B shows the
 * card in `to`, and how many IndexedDB rows each tab read for it. The read counters are
 * installed just before the move, after both tabs' load figures.
 *
 * Tab A is brought to the front first, as the tab a person drags in always is. Tab B was opened
 * last, so it was the active tab, and headless Chromium throttles a tab that is not active
 * once it is sent input: after a drag in it, tab A drew one frame a second (requestAnimationFrame
 * every 1,017 ms instead of 17) and its IndexedDB replies and timers waited tens of ms with
 * nothing running, so tab A's write reached tab B late (2,000 cards: tab A's drop persisted in
 * 154 and 155 ms behind, 48 and 54 in front; bench/experiments/background-tab-throttle). Tab
 * B, not active, still draws every frame, as a second window on the screen does; both are
 * checked just after the move.
 */
export async function measureCrossTabMove(
  tabA: Page,
  tabB: Page,
  from: string,
  to: string,
): Promise<CrossTabResult> {
  await tabA.bringToFront();
  await tabB.evaluate(installProbe);
  const now = (page: Page) => page.evaluate(() => performance.now());
  for (const page of [tabA, tabB]) await page.evaluate(installReadCounter);
  const [startA, startB] = [await now(tabA), await now(tabB)];
  const drag = await measureMouseDrag(tabA, from, to, async (title) => {
    const target: DropTarget = { title, from, to, release: null, marks: [] };
    await tabB.evaluate((t) => window.recboardProbe?.armDrop(t), target);
  });
  const shown = await tabB.evaluate(() => {
    if (!window.recboardProbe) throw new Error('probe not installed');
    return window.recboardProbe.dropped();
  });
  await expectBothRendering(tabA, tabB);
  const [errorA, errorB] = [await clockError(tabA), await clockError(tabB)];
  const droppedAt = drag.drop.eventAt + drag.drop.timeOrigin - errorA;
  const shownAt = shown.paintedAt + shown.timeOrigin - errorB;

  await settle(tabA);
  await settle(tabB);
  const [readsA, readsB] = [await readsSince(tabA, startA), await readsSince(tabB, startB)];
  const rows = (reads: readonly TransactionReads[]) =>
    reads.reduce((sum, reads) => sum + reads.rows, 0);
  const moveTransactions = journaled(readsA);
  if (moveTransactions.length !== 1) {
    throw new Error(`expected one journaled transaction in tab A, saw ${moveTransactions.length}`);
  }
  const firstReadB = readsB[0];
  if (!firstReadB) throw new Error('tab B read nothing after the move');
  return {
    drag,
    shownInOtherTabMs: shownAt - droppedAt,
    otherTabReadsMs: firstReadB.seenAt + shown.timeOrigin - errorB - droppedAt,
    moveTransactionRows: rows(moveTransactions),
    tabARows: rows(readsA),
    tabBRows: rows(readsB),
    transactions: { tabA: readsA, tabB: readsB },
  };
}
