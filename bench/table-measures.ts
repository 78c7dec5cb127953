import { expect, type Page } from '@playwright/test';
import { BoardPage } from '../e2e/page-models/board-page';
import { settle, WAIT } from './measures';
import { timeViewChange, watchJank } from './time-view-change';
import { ViewControls } from './view-controls';

/*
 * The table view's measures (issue 13): opening it, scrolling it through, sorting it. Long
 * tasks come from the page's PerformanceObserver (page-probe.ts), as for the mouse drag.
 */

/** Wheel turns to scroll from the first row to the last: a fast fling, whatever the size. */
const WHEEL_TURNS = 40;
const ROWS = '[role="grid"] th[scope="row"]';

export interface TableResult {
  openMs: number;
  scrollLongestTaskMs: number;
  scrollMaxFrameGapMs: number;
  sortMs: number;
  sortLongestTaskMs: number;
}

/** A frame of the page: what the wheel set off is rendered before the next turn. */
const nextFrame = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));

/** The grid's scrolling box: its nearest ancestor that scrolls. */
async function scrollRange(page: Page): Promise<number> {
  return new ViewControls(page).grid().evaluate((grid) => {
    for (let node = grid.parentElement; node; node = node.parentElement) {
      if (node.scrollHeight > node.clientHeight + 1) return node.scrollHeight - node.clientHeight;
    }
    throw new Error('the table does not scroll');
  });
}

/**
 * The view switch's "Table" → its first rows painted; the mouse wheel from the top row to the
 * last; a click on the "Recommendation" header (sort by title, the costliest: a collator) →
 * its rows painted sorted. Back to the board after, untimed. `cards`: every card of the board.
 */
export async function measureTable(page: Page, cards: number): Promise<TableResult> {
  const controls = new ViewControls(page);
  const grid = controls.grid();
  const openMs = await timeViewChange(page, { event: 'click', until: [{ selector: ROWS }] }, () =>
    controls.viewButton('Table').click(WAIT),
  );
  await expect(grid).toHaveAttribute('aria-rowcount', String(cards + 1), WAIT);
  await settle(page);

  const range = await scrollRange(page);
  const box = await grid.boundingBox();
  if (!box) throw new Error('the table is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height, 600) / 2);
  const scroll = await watchJank(
    page,
    async () => {
      for (let turn = 0; turn < WHEEL_TURNS; turn += 1) {
        await page.mouse.wheel(0, Math.ceil(range / WHEEL_TURNS) + 1);
        await nextFrame(page);
      }
      await expect(grid.locator(`[aria-rowindex="${cards + 1}"]`)).toBeVisible(WAIT);
    },
    settle,
  );

  const header = controls.columnHeader('Recommendation');
  let sortMs = 0;
  const sort = await watchJank(
    page,
    async () => {
      sortMs = await timeViewChange(
        page,
        {
          event: 'click',
          until: [{ selector: '[role="grid"] th[aria-sort="ascending"]', text: '^Recommendation' }],
        },
        () => header.click(WAIT),
      );
    },
    settle,
  );
  await expect(header).toHaveAttribute('aria-sort', 'ascending');

  await controls.viewButton('Board').click(WAIT);
  await new BoardPage(page).whole();
  await settle(page);
  return {
    openMs,
    scrollLongestTaskMs: scroll.longestTaskMs,
    scrollMaxFrameGapMs: scroll.maxFrameGapMs,
    sortMs,
    sortLongestTaskMs: sort.longestTaskMs,
  };
}
