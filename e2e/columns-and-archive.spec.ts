import { expect, test } from '@playwright/test';
import { AppPage } from './page-models/app-page';
import { BoardPage } from './page-models/board-page';

test.describe('columns and the archive', () => {
  test('add a column with a WIP limit, see the warning past it, then delete it without losing cards', async ({
    page,
  }) => {
    const board = new BoardPage(page);
    await board.open();
    await board.addColumn('Under review', '1');
    const review = board.column('Under review');
    await expect(review).toBeVisible();

    const [first, second] = await board.titlesIn('To triage');
    if (!first || !second) throw new Error('not enough cards');
    await board.moveTo(first, 'Under review', /^Top/);
    await expect(review.getByRole('note')).toHaveCount(0);
    await board.moveTo(second, 'Under review', /^Top/);
    await expect(review.getByRole('note')).toHaveText(/Over the limit of 1/);

    await board.reload();
    await expect(board.column('Under review').getByRole('note')).toBeVisible();
    await board.deleteColumn('Under review', 'Implemented');
    await expect(board.column('Under review')).toHaveCount(0);
    for (const title of [first, second]) {
      await expect(board.column('Implemented').getByRole('article', { name: title })).toBeVisible();
    }
    await board.reload();
    await expect(board.column('Implemented').getByRole('article', { name: first })).toBeVisible();
  });

  test('an archived card leaves the board, can be found in the archive and restored', async ({
    page,
  }) => {
    const board = new BoardPage(page);
    const app = new AppPage(page);
    await board.open();
    const [title] = await board.titlesIn('In progress');
    if (!title) throw new Error('no card');
    const editor = await board.openCard(title);
    await editor.getByRole('button', { name: 'Archive' }).click();
    await expect(board.card(title)).toHaveCount(0);

    await app.goTo('Archive');
    await page.getByLabel('Search the archive').fill(title.slice(0, 12).toUpperCase());
    const found = page.getByRole('listitem').filter({ hasText: title });
    await expect(found).toBeVisible();
    await found.getByRole('button', { name: /Restore/ }).click();
    await expect(found).toHaveCount(0);

    await app.goTo('Board');
    await expect(board.column('In progress').getByRole('article', { name: title })).toBeVisible();
  });

  test('chosen cards that have left the board are said, with the way to the archive', async ({
    page,
  }) => {
    const board = new BoardPage(page);
    await board.open();
    const articles = board.column('In progress').locator('article[data-card-id]');
    const [kept, archived] = await Promise.all(
      [0, 1].map((index) => articles.nth(index).getAttribute('data-card-id')),
    );
    if (!kept || !archived) throw new Error('not enough cards in In progress');
    const editor = await board.openCard(await board.titleOf(archived));
    await editor.getByRole('button', { name: 'Archive' }).click();
    await expect(board.cards().and(page.locator(`[data-card-id="${archived}"]`))).toHaveCount(0);
    const total = await board.cards().count();

    // As a dashboard figure of the past opens them: one card still on the board, one archived.
    await page.goto(`/?cards=${kept},${archived}`);
    await board.whole();
    await expect(board.cards()).toHaveCount(1);
    const status = page.getByRole('status').filter({ hasText: /recommendation/ });
    await expect(status).toHaveText(
      `1 of ${total} recommendations. 1 chosen card is no longer on the board: archived or deleted since.`,
    );
    await page.getByRole('link', { name: 'Open the archive' }).click();
    await expect(page.getByRole('heading', { name: 'Archive', level: 2 })).toBeVisible();
  });
});
