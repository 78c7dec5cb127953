import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { LATEST_SCHEMA_VERSION } from '../src/db/schema-versions';
import { AppPage } from './page-models/app-page';
import { BoardPage } from './page-models/board-page';
import { reloadWhenSaved } from './page-models/reload-when-saved';
import { SettingsPage } from './page-models/settings-page';

test('settings show storage, download a full backup, and remember when', async ({ page }) => {
  const board = new BoardPage(page);
  await board.open();
  const cards = await board.cards().count();
  await new AppPage(page).goTo('Settings');
  const settings = new SettingsPage(page);

  await expect(settings.storageHeading).toBeVisible();
  await expect(settings.storageUsage).toContainText(/MB of .* MB available/);
  await expect(settings.storagePersistence).not.toBeEmpty();
  await expect(settings.lastBackup).toHaveText('No backup downloaded from this device yet.');

  const download = await settings.downloadBackup();
  expect(download.suggestedFilename()).toMatch(/^recboard-backup-\d{4}-\d{2}-\d{2}-.*\.json$/);
  const snapshot = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(snapshot).toMatchObject({
    format: 'recboard-snapshot',
    schemaVersion: LATEST_SCHEMA_VERSION,
    app: { name: 'Recboard' },
  });
  expect(snapshot.data.recommendations).toHaveLength(cards);
  await expect(settings.lastBackup).toContainText('Last backup:');

  await settings.saveReminderDays('0');
  await expect(settings.message('Enter a whole number from 1 to 365.')).toBeVisible();
  await settings.saveReminderDays('৩০');
  await reloadWhenSaved(page);
  await expect(settings.reminderDays).toHaveValue('30');
});
