import { expect, test } from '@playwright/test';
import { ActivityPage } from './page-models/activity-page';
import { BoardPage } from './page-models/board-page';

test.describe('activity', () => {
  test('a move and a column rename show newest first, and the kind filter keeps the rename', async ({
    page,
  }) => {
    const board = new BoardPage(page);
    const activity = new ActivityPage(page);
    await board.open();
    const [title] = await board.titlesIn('To triage');
    if (!title) throw new Error('no card in triage');
    await board.moveTo(title, 'In progress', /^Top/);
    await board.renameColumn('Implemented', 'Done and dusted');

    await activity.openFromNavByKeyboard();
    await expect(activity.status).toHaveText(/^\d+ changes$/);
    const [latest, before] = await activity.changes();
    expect(latest).toBe('Changed the column “Done and dusted”');
    expect(before).toBe(`Moved “${title}” to In progress`);
    const times = activity.list.getByRole('listitem').locator('time');
    await expect(times.first()).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);

    await activity.showKind('Columns');
    await expect(activity.status).toHaveText('1 change');
    expect(await activity.changes()).toEqual(['Changed the column “Done and dusted”']);
  });

  test('the activity page has no serious or critical axe violations, in light and dark', async ({
    page,
  }) => {
    const board = new BoardPage(page);
    const activity = new ActivityPage(page);
    await board.open();
    await activity.openFromNavByKeyboard();
    await expect(activity.list.getByRole('listitem').first()).toBeVisible();
    expect(await activity.seriousViolations()).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await activity.seriousViolations()).toEqual([]);
  });
});
