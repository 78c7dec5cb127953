import { expect, test } from '@playwright/test';
import { AppPage } from './page-models/app-page';
import { BoardPage } from './page-models/board-page';

// The service worker is what makes the app load offline (the config blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

test('after one visit the board loads and works with no network', async ({ page, context }) => {
  const board = new BoardPage(page);
  const app = new AppPage(page);
  await board.open();
  await app.waitForOfflineReady();

  await context.setOffline(true);
  await expect(app.offlineBadge()).toBeVisible();
  // Add a card before reloading: writes must not wait for a network either.
  await board
    .column('To triage')
    .getByRole('button', { name: /Add a recommendation/ })
    .click();
  await page
    .getByLabel('New recommendation in To triage')
    .fill('Offline: certify the skills of returnees');
  await page.keyboard.press('Enter');
  await expect(board.card('Offline: certify the skills of returnees')).toBeVisible();

  await board.reload();
  // The reload was served with no network (a fetch fails), but Chromium 150's emulation does
  // not carry `navigator.onLine` into the new document, which reads true: said again here.
  await context.setOffline(false);
  await context.setOffline(true);
  await expect(app.offlineBadge()).toBeVisible();
  await expect(board.card('Offline: certify the skills of returnees')).toBeVisible();

  const [title] = await board.titlesIn('Accepted – not started');
  if (!title) throw new Error('no card');
  await board.moveTo(title, 'In progress', /^Top/);
  await expect(board.column('In progress').getByRole('article', { name: title })).toBeVisible();

  const editor = await board.openCard('Offline: certify the skills of returnees');
  await editor.getByLabel('Short title').fill('Certify returnee skills');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(board.card('Certify returnee skills')).toBeVisible();

  await context.setOffline(false);
  await expect(app.offlineBadge()).toBeHidden();
  await board.reload();
  await expect(board.card('Certify returnee skills')).toBeVisible();
  await expect(board.column('In progress').getByRole('article', { name: title })).toBeVisible();
});
