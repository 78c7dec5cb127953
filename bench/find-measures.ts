import { expect, type Page } from '@playwright/test';
import { settle, WAIT } from './measures';
import { median } from './stats';
import { timeViewChange } from './time-view-change';
import { ALL_STATUS, FIND_STATUS_SELECTOR, MATCHED_STATUS, ViewControls } from './view-controls';

/*
 * The find bar's measures (issue 13): a search typed key by key, and a grouping chosen. Each
 * figure is a real key press or choice → the end of the first frame showing its result.
 */

/** Words of the generated board's texts (the sample's), so each key narrows a real result. */
export const SEARCH_QUERY = 'women returnee skills';
/** Fewer timed keys than this and the search figure would rest on too little. */
const MIN_TIMED_KEYS = 5;

export interface SearchResult {
  /** First key → the first result painted: the index built (its texts read) on the way. */
  indexBuildMs: number;
  /** Median, over the keys that change the result, of key → the result painted. */
  keystrokeMs: number;
  timedKeys: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function clearSearch(page: Page): Promise<void> {
  const controls = new ViewControls(page);
  await controls.searchBox().press('Control+a');
  await controls.searchBox().press('Backspace');
  await expect(controls.findStatus()).toHaveText(ALL_STATUS, WAIT);
  await settle(page);
}

/**
 * Types SEARCH_QUERY twice into the search box, one real key at a time. The first pass times
 * its first key (which builds the index) and records the status line after each key; the second
 * pass, on the built index, times each key that changes that line, until it shows exactly what
 * the first pass recorded. Keys that change nothing on screen have no frame to time.
 */
export async function measureSearch(page: Page): Promise<SearchResult> {
  const controls = new ViewControls(page);
  const status = controls.findStatus();
  await controls.searchBox().focus(WAIT);
  const [first = '', ...rest] = [...SEARCH_QUERY];
  const indexBuildMs = await timeViewChange(
    page,
    { event: 'keydown', until: [{ selector: FIND_STATUS_SELECTOR, text: MATCHED_STATUS }] },
    () => page.keyboard.type(first),
  );
  const shown = [(await status.textContent()) ?? ''];
  for (const key of rest) {
    await page.keyboard.type(key);
    await settle(page);
    shown.push((await status.textContent()) ?? '');
  }
  await expect(status).toHaveText(new RegExp(MATCHED_STATUS));
  await clearSearch(page);

  await controls.searchBox().focus(WAIT);
  let before = (await status.textContent()) ?? '';
  const times: number[] = [];
  for (const [index, key] of [...SEARCH_QUERY].entries()) {
    const expected = shown[index] ?? '';
    if (expected === before) {
      await page.keyboard.type(key);
    } else {
      const until = [{ selector: FIND_STATUS_SELECTOR, text: `^${escapeRegExp(expected)}$` }];
      times.push(
        await timeViewChange(page, { event: 'keydown', until }, () => page.keyboard.type(key)),
      );
    }
    await settle(page);
    before = expected;
  }
  await expect(status).toHaveText(shown.at(-1) ?? '');
  if (times.length < MIN_TIMED_KEYS) {
    throw new Error(`only ${times.length} keys of "${SEARCH_QUERY}" changed the result`);
  }
  await clearSearch(page);
  return { indexBuildMs, keystrokeMs: median(times), timedKeys: times.length };
}

/** Group by → "Migration-cycle stage" → the lanes painted; then back to one board (untimed). */
export async function measureGrouping(page: Page): Promise<number> {
  const controls = new ViewControls(page);
  const flat = await page.locator('[data-lane]').first().getAttribute('data-lane', WAIT);
  if (flat === null) throw new Error('the board has no column in a lane');
  const otherLane = `[data-lane]:not([data-lane="${flat}"])`;
  const ms = await timeViewChange(page, { event: 'change', until: [{ selector: otherLane }] }, () =>
    controls
      .groupBy()
      .selectOption({ label: 'Migration-cycle stage' })
      .then(() => undefined),
  );
  const lanes = await page
    .locator('[data-lane]')
    .evaluateAll((columns) => columns.map((column) => column.getAttribute('data-lane')));
  if (new Set(lanes).size < 2)
    throw new Error('grouped by stage, the board shows fewer than two lanes');
  await settle(page);
  await controls.groupBy().selectOption({ label: 'Nothing (one board)' });
  await expect(page.locator(otherLane)).toHaveCount(0, WAIT);
  await settle(page);
  return ms;
}
