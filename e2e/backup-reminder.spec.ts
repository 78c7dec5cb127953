import { expect, test } from '@playwright/test';
import { BoardPage } from './page-models/board-page';

test('a board with no recent backup shows a gentle reminder, which a backup clears', async ({
  page,
}) => {
  const board = new BoardPage(page);
  await board.open();
  const reminder = page.getByRole('complementary', { name: 'Backup reminder' });
  await expect(reminder).toHaveCount(0);

  // Three weeks later (the default reminder is after 14 days), with no backup made.
  await page.clock.setSystemTime(Date.now() + 21 * 24 * 60 * 60 * 1000);
  await board.reload();
  await expect(reminder).toContainText('You have not downloaded a backup yet');

  const downloading = page.waitForEvent('download');
  await reminder.getByRole('button', { name: 'Download a backup' }).click();
  await downloading;
  await expect(reminder).toHaveCount(0);
  await board.reload();
  await expect(reminder).toHaveCount(0);
});
