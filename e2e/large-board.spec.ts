import { expect, test } from '@playwright/test';
import { openHarness, populate } from '../bench/measures';
import { BoardPage } from './page-models/board-page';
import { KeyboardDrag } from './page-models/keyboard-drag';
import { reloadWhenSaved } from './page-models/reload-when-saved';

/*
 * A 500-card board (the benchmark's generated one): every column is virtualised, and the
 * columns beyond the window build their cards only when the board comes near them. Nothing
 * about that may be visible to a person: counts are whole, and a keyboard move reaches them.
 */

test.use({
  baseURL: `http://127.0.0.1:${Number(process.env.E2E_BENCH_PORT ?? 4174)}`,
  serviceWorkers: 'block',
});

const LAST = 'Noted / not accepted';

test('columns out of view are built when a keyboard move or a scroll reaches them', async ({
  context,
}) => {
  test.setTimeout(120_000);
  const harness = await context.newPage();
  await openHarness(harness);
  const counts = await populate(harness, 500);
  expect(counts.recommendations).toBe(500);
  await harness.close();

  const board = new BoardPage(await context.newPage());
  await board.open();
  await expect(board.cardsIn('To triage').first()).toBeVisible();
  // Out of view: its header and whole count are there, its cards are not built yet.
  await expect(board.countIn(LAST)).toBeVisible();
  await expect(board.cardsIn(LAST)).toHaveCount(0);

  // A keyboard move from the first column to the last one.
  const title = await board.firstTitleIn('To triage');
  const drag = new KeyboardDrag(board);
  await drag.pickUp(board.dragHandleIn('To triage', title));
  // An arrow moves the card one column on, or first scrolls the board to show it (dnd-kit's
  // keyboard sensor): press until the card is announced over the last column.
  await drag.pressUntilAnnounced('ArrowRight', `over ${LAST},`, { timeout: 30_000 });
  await drag.drop();

  await expect(board.cardIn(LAST, title)).toHaveCount(1);
  await expect(board.cardIn('To triage', title)).toHaveCount(0);
  expect(await board.cardsIn(LAST).count()).toBeGreaterThan(1);

  // After a reload the board starts scrolled back, the far columns unbuilt again.
  await board.reload();
  await expect(board.cardsIn('To triage').first()).toBeVisible();
  await expect(board.cardsIn('Implemented')).toHaveCount(0);
  await board.column('Implemented').scrollIntoViewIfNeeded();
  await expect(board.cardsIn('Implemented').first()).toBeVisible();
});

test('grouped, the lanes below the view build their columns when the board scrolls to them', async ({
  context,
}) => {
  test.setTimeout(120_000);
  const harness = await context.newPage();
  await openHarness(harness);
  await populate(harness, 500);
  await harness.close();

  const page = await context.newPage();
  const board = new BoardPage(page);
  await page.goto('/?group=stage');
  await board.whole();
  const lanes = board.board.locator('section:has(> h2 button[aria-expanded])');
  await expect(lanes.first().locator('li[data-card-item]').first()).toBeVisible();
  // The last lane with cards: its name and whole count are there, its columns not built yet.
  const last = lanes
    .filter({ has: page.getByRole('heading', { level: 2, name: / [1-9]\d* recommendations?$/ }) })
    .last();
  await expect(last).toBeVisible();
  await expect(last.locator('section[data-column-kind]')).toHaveCount(0);
  // Scrolled to, it builds its columns and their cards.
  await last.scrollIntoViewIfNeeded();
  await expect(last.locator('section[data-column-kind]').first()).toBeVisible();
  await expect(last.locator('li[data-card-item]').first()).toBeVisible();
});

test('a large table sorts in the background, the header saying the sort once the rows show it', async ({
  context,
}) => {
  test.setTimeout(120_000);
  const harness = await context.newPage();
  await openHarness(harness);
  // 2,000 cards: the table sorts in its worker from this size (use-sort-ranks.ts).
  await populate(harness, 2000);
  await harness.close();

  const page = await context.newPage();
  await page.goto('/?view=table');
  const grid = page.getByRole('grid');
  await expect(grid).toHaveAttribute('aria-rowcount', '2001');
  const header = grid.getByRole('columnheader', { name: /^Recommendation/ });
  const titles = () => grid.locator('th[scope="row"]').allTextContents();
  const collator = new Intl.Collator('en', { numeric: true });

  for (const direction of ['ascending', 'descending'] as const) {
    await header.click();
    await expect(header).toHaveAttribute('aria-sort', direction);
    const shown = await titles();
    expect(shown.length).toBeGreaterThan(5);
    const sorted = [...shown].sort(collator.compare);
    expect(shown).toEqual(direction === 'ascending' ? sorted : sorted.reverse());
  }
  // The sort is in the address, as the rest of the view: a reload keeps it.
  await reloadWhenSaved(page);
  await expect(grid.getByRole('columnheader', { name: /^Recommendation/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
});
