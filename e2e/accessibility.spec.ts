import { expect, test } from '@playwright/test';
import { seriousViolations } from './page-models/axe-check';
import { BoardPage } from './page-models/board-page';

test.describe('accessibility', () => {
  test('the board has no serious or critical axe violations, in light and dark', async ({
    page,
  }) => {
    const board = new BoardPage(page);
    await board.open();
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the open card editor has no serious or critical axe violations', async ({ page }) => {
    const board = new BoardPage(page);
    await board.open();
    const [title] = await board.titlesIn('To triage');
    if (!title) throw new Error('no card');
    await board.openCard(title);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
