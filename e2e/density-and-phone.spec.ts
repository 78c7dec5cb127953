import { expect, test } from '@playwright/test';
import { seriousViolations } from './page-models/axe-check';
import { BoardDrag } from './page-models/board-drag';
import { BoardPage } from './page-models/board-page';

/** Cards whose whole box lies inside the part of the column's list that is on screen. */
async function cardsFullyShown(board: BoardPage, column: string): Promise<number> {
  return board.dropZone(column).evaluate((list) => {
    const scroller = list.parentElement;
    if (!scroller) return 0;
    const view = scroller.getBoundingClientRect();
    const top = Math.max(view.top, 0);
    const bottom = Math.min(view.bottom, window.innerHeight);
    return [...list.querySelectorAll('article')].filter((card) => {
      const box = card.getBoundingClientRect();
      return box.top >= top && box.bottom <= bottom && box.height > 0;
    }).length;
  });
}

test.describe('on a laptop', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('compact cards fit eight or more in a column, and the choice stays on reload', async ({
    page,
  }) => {
    const board = new BoardPage(page);
    await board.open();
    for (let added = (await board.cardsIn('To triage').count()) + 1; added <= 14; added += 1) {
      await board.quickAdd('To triage', `Compact layout check ${added}`);
      await expect(board.cardsIn('To triage')).toHaveCount(added);
    }
    const roomy = await cardsFullyShown(board, 'To triage');

    await board.compactToggle().click();
    await expect(board.compactToggle()).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => cardsFullyShown(board, 'To triage')).toBeGreaterThanOrEqual(8);
    expect(await cardsFullyShown(board, 'To triage')).toBeGreaterThan(roomy);
    expect(await seriousViolations(page)).toEqual([]);

    await board.reload();
    await expect(board.compactToggle()).toHaveAttribute('aria-pressed', 'true');
    expect(await cardsFullyShown(board, 'To triage')).toBeGreaterThanOrEqual(8);
  });

  test('cards say what they miss to be actionable, in words', async ({ page }) => {
    const board = new BoardPage(page);
    await board.open();
    await board.quickAdd('To triage', 'A card with nothing decided yet');
    const card = board.cardIn('To triage', 'A card with nothing decided yet');
    const missing = card.getByRole('list', { name: 'Not yet actionable, missing' });
    await expect(missing.getByRole('listitem')).toHaveText([
      'No lead actor',
      'No due date',
      'No action item',
    ]);
  });

  test('bulk selection has no serious or critical axe violations', async ({ page }) => {
    // axe over the whole board with selection controls takes 20-30 s on this 2-core machine.
    test.setTimeout(90_000);
    const board = new BoardPage(page);
    await board.open();
    await board.selectMode().click();
    const [first, second] = await board.titlesIn('To triage');
    if (!first || !second) throw new Error('fewer than two cards in triage');
    await board.checkboxIn('To triage', first).click();
    await board.checkboxIn('To triage', second).click();
    await expect(board.bulkBar()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('one column at a time: the switcher reaches each, and a long press moves a card', async ({
    page,
  }) => {
    const board = new BoardPage(page);
    const drag = new BoardDrag(page);
    await board.open();

    // The sample-data banner is one line until opened.
    const bannerBox = await board.sampleBanner.boundingBox();
    expect(bannerBox?.height ?? 0).toBeLessThan(56);
    await expect(
      board.sampleBanner.getByRole('button', { name: 'Remove sample data' }),
    ).toBeHidden();

    const switcher = board.columnSwitcher();
    const names = await switcher.getByRole('option').allTextContents();
    expect(names.length).toBeGreaterThanOrEqual(5);
    // Each column, picked, fills the board's width: its whole width on screen, no other.
    const across = async (name: string) => {
      const box = await board.column(name).boundingBox();
      return box !== null && box.x >= 0 && box.x + box.width <= 390;
    };
    for (const name of names) {
      await switcher.selectOption({ label: name });
      await expect.poll(() => across(name)).toBe(true);
      for (const other of names.filter((candidate) => candidate !== name)) {
        expect(await across(other)).toBe(false);
      }
    }
    await switcher.selectOption({ label: 'To triage' });
    await expect.poll(() => across('To triage')).toBe(true);

    // A long press picks the card up; it lands lower in its column, and stays there.
    await board.column('To triage').scrollIntoViewIfNeeded();
    const card = (await drag.grabbableCards()).find((c) => c.column === 'To triage');
    if (!card) throw new Error('no card in reach in triage');
    const title = await board.titleOf(card.cardId);
    const before = await board.titlesIn('To triage');
    await drag.withTouch(
      card.point,
      { x: card.point.x, y: card.point.y + 260 },
      {
        steps: 12,
        holdMs: 300,
      },
    );
    await drag.settled();
    const after = await board.titlesIn('To triage');
    expect(after.indexOf(title)).toBeGreaterThan(before.indexOf(title));
    await board.reload();
    expect(await board.titlesIn('To triage')).toEqual(after);
  });
});
