import { expect, test } from '@playwright/test';
import { BoardPage } from './page-models/board-page';
import { KeyboardDrag } from './page-models/keyboard-drag';

test.describe('moving cards', () => {
  test('drag a card with the mouse to another column; it stays there after reload', async ({
    page,
  }) => {
    const board = new BoardPage(page);
    await board.open();
    const [title] = await board.titlesIn('To triage');
    if (!title) throw new Error('no card to drag');
    const before = await board.cardsIn('In progress').count();

    await board.dragWithMouse(title, board.column('In progress').getByRole('list').first());
    await expect(board.column('In progress').getByRole('article', { name: title })).toBeVisible();
    await expect(board.cardsIn('In progress')).toHaveCount(before + 1);

    await board.reload();
    await expect(board.column('In progress').getByRole('article', { name: title })).toBeVisible();
    await expect(board.column('To triage').getByRole('article', { name: title })).toHaveCount(0);
  });

  test('reorder within a column with the mouse; the order survives reload', async ({ page }) => {
    const board = new BoardPage(page);
    await board.open();
    const [first, second, third] = await board.titlesIn('To triage');
    if (!first || !second || !third) throw new Error('not enough cards');

    await board.dragWithMouse(first, board.card(third));
    await expect
      .poll(() => board.titlesIn('To triage').then((t) => t.indexOf(first)))
      .toBeGreaterThan(0);
    const order = await board.titlesIn('To triage');
    expect(order[0]).toBe(second);

    await board.reload();
    expect((await board.titlesIn('To triage')).slice(0, 3)).toEqual(order.slice(0, 3));
  });

  test('move a card with the keyboard alone', async ({ page }) => {
    const board = new BoardPage(page);
    await board.open();
    const [title] = await board.titlesIn('To triage');
    if (!title) throw new Error('no card');

    await board.moveWithKeyboard(title, ['ArrowRight']);
    const moved = board.column('Accepted – not started').getByRole('article', { name: title });
    await expect(moved).toBeVisible();
    await expect(board.liveRegion()).toContainText(`Dropped ${title} in Accepted – not started`);

    await board.reload();
    await expect(
      board.column('Accepted – not started').getByRole('article', { name: title }),
    ).toBeVisible();
  });

  test('Escape cancels a keyboard drag and restores the order', async ({ page }) => {
    const board = new BoardPage(page);
    await board.open();
    const order = await board.titlesIn('To triage');
    const [title, next] = order;
    if (!title || !next) throw new Error('not enough cards');
    const total = Number.parseInt((await board.countIn('To triage').textContent()) ?? '', 10);
    const handle = board.dragHandleIn('To triage', title);
    const drag = new KeyboardDrag(board);

    await drag.pickUp(handle);
    await drag.press('ArrowDown');
    // Mid-drag the card has moved one down, for the screen reader and on screen.
    await expect(board.liveRegion()).toHaveText(
      `${title} is over To triage, position 2 of ${total}.`,
    );
    await expect
      .poll(() => board.titlesOnScreenIn('To triage'))
      .toEqual([next, title, ...order.slice(2)]);

    await drag.cancel();
    await expect(board.liveRegion()).toHaveText(`Move cancelled. ${title} is back in To triage.`);
    await expect(handle).not.toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => board.titlesOnScreenIn('To triage')).toEqual(order);
    expect(await board.titlesIn('To triage')).toEqual(order);
  });

  test('"Move to…" moves a card to a column and position', async ({ page }) => {
    const board = new BoardPage(page);
    await board.open();
    const [title] = await board.titlesIn('To triage');
    if (!title) throw new Error('no card');
    const implemented = await board.titlesIn('Implemented');

    await board.moveTo(title, 'Implemented', `Top (1 of ${implemented.length + 1})`);
    await expect.poll(() => board.titlesIn('Implemented')).toEqual([title, ...implemented]);

    await board.reload();
    expect(await board.titlesIn('Implemented')).toEqual([title, ...implemented]);
  });
});
