import { expect, test } from '@playwright/test';
import { BoardPage } from './page-models/board-page';
import { reloadWhenSaved } from './page-models/reload-when-saved';

test.describe('first open', () => {
  test('shows the sample workshops in their columns, and keeps them after reload', async ({
    page,
  }) => {
    const board = new BoardPage(page);
    await board.open();

    const triage = board.column('To triage');
    await expect(triage).toBeVisible();
    await expect(board.column('Noted / not accepted')).toBeVisible();
    const reintegrationPlan = board.card(/action plan for .?reintegration/i);
    await expect(reintegrationPlan).toBeVisible();
    await expect(reintegrationPlan).toContainText('Advancing Development through Partnership');
    await expect(
      reintegrationPlan.getByRole('list', { name: 'Migration-cycle stages' }),
    ).toContainText('Reintegration');
    const count = await board.cards().count();
    expect(count).toBeGreaterThan(30);

    await reloadWhenSaved(page);
    await expect(board.board).toBeVisible();
    await expect(reintegrationPlan).toBeVisible();
    await expect(board.cards()).toHaveCount(count);
  });

  test('"start empty" leaves an empty board that survives reload', async ({ page }) => {
    const board = new BoardPage(page);
    await board.open();
    await expect(board.cards().first()).toBeVisible();

    await board.startEmpty();
    await expect(board.cards()).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'The board is empty' })).toBeVisible();

    await reloadWhenSaved(page);
    await expect(board.board).toBeVisible();
    await expect(page.getByRole('heading', { name: 'The board is empty' })).toBeVisible();
    await expect(board.cards()).toHaveCount(0);
    await expect(board.column('To triage')).toBeVisible();
  });

  test('removing the sample data can be undone until reload', async ({ page }) => {
    const board = new BoardPage(page);
    await board.open();
    const count = await board.cards().count();

    await board.removeSampleData();
    await expect(board.cards()).toHaveCount(0);
    await board.toast('Sample data removed.').getByRole('button', { name: 'Undo' }).click();
    await expect(board.cards()).toHaveCount(count);

    await reloadWhenSaved(page);
    await expect(board.cards()).toHaveCount(count);
  });
});
