import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { BoardPage } from './page-models/board-page';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

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
