import type { Page } from '@playwright/test';
import { BoardPage } from '../e2e/page-models/board-page';
import { CardEditorPage } from '../e2e/page-models/card-editor-page';
import { KeyboardDrag } from '../e2e/page-models/keyboard-drag';
import type { BackupTimes, BaselineTimes, BoardCounts } from './harness/bench-api';
import { type DropTarget, installProbe } from './page-probe';

/*
 * Every measurement, each over one Page, so `npm run bench` and the e2e smoke run the same code.
 * Locators are the e2e page models' (roles and accessible names only); times come from the
 * page's own clock (event timeStamps, User Timing marks), never from Node round trips.
 */

export const HARNESS_PATH = '/bench/harness.html';
/** Generous: a 10,000-card board on a busy 2-core machine is slow, and slowness is the result. */
export const WAIT = { timeout: 180_000 };

/** How long `settle` waits with no long task (quickSettle shortens it). */
let settleQuietMs = 250;

/**
 * For the e2e smoke, which judges no figure (only that each measure runs): settle waits 100 ms
 * without a long task. It settles some 70 times, so this saves it about ten seconds.
 */
export function quickSettle(): void {
  settleQuietMs = 100;
}

/**
 * Lets the work a measure set off (refetches, re-renders) finish before the next one starts:
 * waits for 250 ms without a long task, 10 s at most. (Not requestIdleCallback: in the e2e
 * smoke, with Playwright's tracing on, it once never fired and the test hung.)
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    (quietMs) =>
      new Promise<void>((done) => {
        const giveUp = setTimeout(finish, 10_000);
        let quiet = setTimeout(finish, quietMs);
        const observer = new PerformanceObserver(() => {
          clearTimeout(quiet);
          quiet = setTimeout(finish, quietMs);
        });
        observer.observe({ type: 'longtask' });
        function finish() {
          clearTimeout(giveUp);
          clearTimeout(quiet);
          observer.disconnect();
          done();
        }
      }),
    settleQuietMs,
  );
}

// ---------------------------------------------------------------- harness page (data)

export async function openHarness(page: Page): Promise<void> {
  await page.goto(HARNESS_PATH);
  await page.waitForFunction(() => window.recboardBench !== undefined, null, WAIT);
}

/** A full garbage collection, so one measure does not pay for the garbage of another. */
export async function collectGarbage(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
  } finally {
    await cdp.detach();
  }
}

/** Generates the board in the harness page and warms both write paths up (untimed). */
export async function prepareHarness(page: Page, size: number): Promise<void> {
  await page.evaluate(async (n) => {
    if (!window.recboardBench) throw new Error('harness not loaded');
    await window.recboardBench.prepare(n);
  }, size);
}

/** Replaces the app's database with the generated board of `size` cards. */
export async function populate(page: Page, size: number): Promise<BoardCounts> {
  return page.evaluate(async (n) => {
    if (!window.recboardBench) throw new Error('harness not loaded');
    return window.recboardBench.populate(n);
  }, size);
}

/** ms to write the board through `repositories.bulkWrite.writeAll` (zod + one transaction). */
export async function measureBulkWrite(page: Page, size: number): Promise<number> {
  return page.evaluate(async (n) => {
    if (!window.recboardBench) throw new Error('harness not loaded');
    return window.recboardBench.timeBulkWrite(n);
  }, size);
}

/** The storage's own cost: plain bulkPut of the same rows, plain reads of what the board reads. */
export async function measureBaseline(page: Page, size: number): Promise<BaselineTimes> {
  return page.evaluate(async (n) => {
    if (!window.recboardBench) throw new Error('harness not loaded');
    return window.recboardBench.timeBaseline(n);
  }, size);
}

/** ms to build the full JSON backup of the populated database, and its size. */
export async function measureBackup(page: Page): Promise<BackupTimes> {
  return page.evaluate(async () => {
    if (!window.recboardBench) throw new Error('harness not loaded');
    return window.recboardBench.timeBackup();
  });
}

// ---------------------------------------------------------------- app page (UI)

/** Navigation start → a mark the app sets, waiting for it to be set, in ms. */
async function markTime(page: Page, name: string): Promise<number> {
  const mark = await page.waitForFunction(
    (markName) => performance.getEntriesByName(markName, 'mark')[0]?.startTime,
    name,
    WAIT,
  );
  const startTime = await mark.jsonValue();
  if (typeof startTime !== 'number') throw new Error(`${name} mark has no startTime`);
  return startTime;
}

/**
 * Navigation start → 'recboard:board-ready': the first screen painted with its data and
 * answering input, in ms.
 */
export async function measureColdLoad(page: Page): Promise<number> {
  await page.goto('/', { waitUntil: 'commit' });
  const startTime = await markTime(page, 'recboard:board-ready');
  await page.evaluate(installProbe);
  return startTime;
}

/**
 * Navigation start → 'recboard:board-complete': every card read and laid out, after the first
 * screen has painted with only its own (the same as the cold load on a board that fits it).
 */
export function measureWholeBoard(page: Page): Promise<number> {
  return markTime(page, 'recboard:board-complete');
}

/** JS heap in use after a full garbage collection, in MB (10^6 bytes). */
export async function measureHeap(page: Page): Promise<number> {
  await collectGarbage(page);
  const cdp = await page.context().newCDPSession(page);
  try {
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 1e6;
  } finally {
    await cdp.detach();
  }
}

export interface MouseDragResult {
  title: string;
  /** Longest main-thread task from the press to the drop repainted (0: none of 50 ms or more). */
  longestTaskMs: number;
  maxFrameGapMs: number;
  /** pointerup → end of the first frame with the card released in the target column. */
  dropToRepaintMs: number;
  /** pointerup → 'recboard:move-persisted' (the move committed to IndexedDB). */
  dropToPersistMs: number;
  /** pointerup → 'recboard:journal-applied' (the committed move patched in and painted). */
  dropToPatchedMs: number;
  /** The pointerup's timeStamp and the page's timeOrigin: the drop on the wall clock. */
  drop: { eventAt: number; timeOrigin: number };
}

const PERSISTED = 'recboard:move-persisted';
const PATCHED = 'recboard:journal-applied';

/** Where to aim in a box: its centre, moved inside the viewport if the box overflows it. */
function aimAt(
  box: { x: number; y: number; width: number; height: number },
  viewport: { width: number; height: number },
) {
  const top = Math.max(box.y, 0);
  const bottom = Math.min(box.y + box.height, viewport.height);
  const left = Math.max(box.x, 0);
  const right = Math.min(box.x + box.width, viewport.width);
  if (bottom <= top || right <= left) throw new Error('drop target is not on screen');
  return { x: (left + right) / 2, y: (top + bottom) / 2 };
}

/**
 * Drags the first card of `from` into `to` with the real mouse, as BoardPage.dragWithMouse
 * does: press, nudge past dnd-kit's 5 px activation distance, glide in 15 steps, release.
 * `beforePress` learns the card's title first (another tab arms its watch with it).
 */
export async function measureMouseDrag(
  page: Page,
  from = 'To triage',
  to = 'In progress',
  beforePress: (title: string) => Promise<void> = async () => {},
): Promise<MouseDragResult> {
  const board = new BoardPage(page);
  const title = await board.firstTitleIn(from, WAIT);
  const source = await board.gripIn(from, title).boundingBox();
  const target = await board.dropZone(to).boundingBox();
  const viewport = page.viewportSize();
  if (!source || !target || !viewport) throw new Error('drag source or target is not on screen');
  const aim = aimAt(target, viewport);
  const start = { x: source.x + source.width / 2, y: source.y + source.height / 2 };
  const dropTarget: DropTarget = {
    title,
    from,
    to,
    release: { type: 'pointerup' },
    marks: [PERSISTED, PATCHED],
  };

  await page.evaluate(installProbe);
  await page.evaluate((t) => {
    window.recboardProbe?.armDrop(t);
    window.recboardProbe?.startJankWatch();
  }, dropTarget);
  await beforePress(title);
  const mouse = page.mouse;
  await mouse.move(start.x, start.y);
  await mouse.down();
  await mouse.move(start.x + 8, start.y + 8, { steps: 3 });
  await mouse.move(aim.x, aim.y, { steps: 15 });
  await mouse.move(aim.x, aim.y + 2, { steps: 2 });
  await mouse.up();
  const drop = await page.evaluate(() => {
    if (!window.recboardProbe) throw new Error('probe not installed');
    return window.recboardProbe.dropped();
  });
  const jank = await page.evaluate((until) => {
    if (!window.recboardProbe) throw new Error('probe not installed');
    return window.recboardProbe.stopJankWatch(until);
  }, drop.paintedAt);
  return {
    title,
    ...jank,
    dropToRepaintMs: drop.paintedAt - drop.eventAt,
    dropToPersistMs: markOf(drop.marks, PERSISTED) - drop.eventAt,
    dropToPatchedMs: markOf(drop.marks, PATCHED) - drop.eventAt,
    drop: { eventAt: drop.eventAt, timeOrigin: drop.timeOrigin },
  };
}

function markOf(marks: Record<string, number>, name: string): number {
  const at = marks[name];
  if (at === undefined) throw new Error(`the probe did not wait for ${name}`);
  return at;
}

export interface KeyboardMoveResult {
  title: string;
  /** The column the card was moved to (the one right of `from`). */
  column: string;
  /** Space (drop) → end of the first frame with the card released in its new column. */
  dropToRepaintMs: number;
}

/** Moves the first card of `from` one column right with the keyboard alone. */
export async function measureKeyboardMove(
  page: Page,
  from = 'To triage',
): Promise<KeyboardMoveResult> {
  const board = new BoardPage(page);
  const title = await board.firstTitleIn(from, WAIT);
  const drag = new KeyboardDrag(board);
  await drag.pickUp(board.dragHandleIn(from, title), WAIT);
  await drag.press('ArrowRight', WAIT);

  await page.evaluate(installProbe);
  // Waits for the commit too: an undo right after must find this move on the stack.
  const dropTarget: DropTarget = {
    title,
    from,
    to: null,
    release: { type: 'keydown', code: 'Space' },
    marks: [PERSISTED],
  };
  await page.evaluate((t) => window.recboardProbe?.armDrop(t), dropTarget);
  await drag.drop();
  const drop = await page.evaluate(() => {
    if (!window.recboardProbe) throw new Error('probe not installed');
    return window.recboardProbe.dropped();
  });
  return { title, column: drop.column, dropToRepaintMs: drop.paintedAt - drop.eventAt };
}

/** Click on a card's title (pointerdown) → 'recboard:editor-ready'; closes the editor after. */
export async function measureOpenEditor(page: Page, from = 'To triage'): Promise<number> {
  const board = new BoardPage(page);
  const title = await board.firstTitleIn(from, WAIT);
  const open = board.openerIn(from, title);
  await page.evaluate(installProbe);
  await page.evaluate(() => window.recboardProbe?.armMark('recboard:editor-ready', 'pointerdown'));
  await open.click(WAIT);
  const ms = await page.evaluate(() => {
    if (!window.recboardProbe) throw new Error('probe not installed');
    return window.recboardProbe.marked();
  });
  const editor = new CardEditorPage(page);
  await editor.statedText.waitFor(WAIT);
  await editor.closeWithEscape(WAIT);
  return ms;
}
