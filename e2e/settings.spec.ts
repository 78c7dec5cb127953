import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { AppPage } from './page-models/app-page';
import { BoardPage } from './page-models/board-page';

test('settings show storage, download a full backup, and remember when', async ({ page }) => {
  const board = new BoardPage(page);
  await board.open();
  const cards = await board.cards().count();
  await new AppPage(page).goTo('Settings');

  await expect(page.getByRole('heading', { name: 'Storage on this device' })).toBeVisible();
  await expect(page.getByTestId('storage-usage')).toContainText(/MB of .* MB available/);
  await expect(page.getByTestId('storage-persistence')).not.toBeEmpty();
  await expect(page.getByTestId('last-backup')).toHaveText(
    'No backup downloaded from this device yet.',
  );

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a backup' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^recboard-backup-\d{4}-\d{2}-\d{2}-.*\.json$/);
  const snapshot = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(snapshot).toMatchObject({
    format: 'recboard-snapshot',
    schemaVersion: 3,
    app: { name: 'Recboard' },
  });
  expect(snapshot.data.recommendations).toHaveLength(cards);
  await expect(page.getByTestId('last-backup')).toContainText('Last backup:');

  await page.getByLabel('Remind me after this many days').fill('0');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Enter a whole number from 1 to 365.')).toBeVisible();
  await page.getByLabel('Remind me after this many days').fill('৩০');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.reload();
  await expect(page.getByLabel('Remind me after this many days')).toHaveValue('30');
});
