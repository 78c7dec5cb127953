import { expect, test } from '@playwright/test';
import { AppPage } from './page-models/app-page';
import { BoardPage } from './page-models/board-page';
import { reloadWhenSaved } from './page-models/reload-when-saved';

test.describe('keyboard shortcuts', () => {
  test('? shows the shortcuts in a dialog that keeps the focus, and Escape closes it', async ({
    page,
  }) => {
    const board = new BoardPage(page);
    await board.open();
    await page.locator('body').focus();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help).toBeVisible();
    for (const action of [
      'Search the board',
      'New recommendation',
      'Start triage mode',
      'Show these shortcuts',
      'Undo the last action',
      'Open the card',
      'Move the card to another column',
      'Archive the card',
    ]) {
      await expect(help.getByText(action, { exact: true })).toBeVisible();
    }
    await expect(help.getByRole('button', { name: 'Close' })).toBeFocused();
    // The board behind is inert: Tab reaches the dialog's close button, or leaves the page
    // for the browser's own controls, never a control of the board.
    const focusOutsideDialog = () =>
      page.evaluate(() => {
        const active = document.activeElement;
        return active !== null && active !== document.body && !active.closest('dialog[open]');
      });
    for (let step = 0; step < 4; step += 1) {
      await page.keyboard.press('Tab');
      expect(await focusOutsideDialog()).toBe(false);
    }

    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
  });

  test('/ focuses the search box, where single keys type instead of acting', async ({ page }) => {
    const board = new BoardPage(page);
    await board.open();
    await page.locator('body').focus();
    await page.keyboard.press('/');
    const search = page.getByRole('searchbox', { name: 'Search' });
    await expect(search).toBeFocused();
    await page.keyboard.type('t?');
    await expect(search).toHaveValue('t?');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('one-key shortcuts can be turned off in Settings, and on again', async ({ page }) => {
    const board = new BoardPage(page);
    const app = new AppPage(page);
    await board.open();
    await app.goTo('Settings');
    const singleKeys = page.getByRole('checkbox', { name: /One-key shortcuts/ });
    await expect(singleKeys).toBeChecked();
    await singleKeys.uncheck();
    await app.goTo('Board');
    await board.whole();
    await page.locator('body').focus();
    await page.keyboard.press('/');
    await page.keyboard.press('?');
    await expect(page.getByRole('searchbox', { name: 'Search' })).not.toBeFocused();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    // Remembered on this device.
    await reloadWhenSaved(page);
    await board.whole();
    await app.goTo('Settings');
    await expect(singleKeys).not.toBeChecked();
    await singleKeys.check();
    await app.goTo('Board');
    await board.whole();
    await page.locator('body').focus();
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  });

  test('the Shortcuts button opens the same help', async ({ page }) => {
    const board = new BoardPage(page);
    await board.open();
    await page.getByRole('button', { name: 'Shortcuts' }).click();
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  });
});
