import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { seriousViolations } from './page-models/axe-check';
import { BoardPage } from './page-models/board-page';
import { DashboardPage } from './page-models/dashboard-page';
import { FindBar } from './page-models/find-bar';
import { pdfText } from './pdf-text';

function findStatus(page: Page) {
  return page
    .getByRole('status')
    .filter({ hasText: /recommendation/ })
    .first();
}

test.describe('dashboard', () => {
  test('counts what the board shows, in the same filter', async ({ page }) => {
    const board = new BoardPage(page);
    await board.open();
    const total = await board.cards().count();
    const triage = await board.cardsIn('To triage').count();
    const dashboard = new DashboardPage(page);
    await dashboard.openFromNav();
    expect(await dashboard.counted()).toBe(total);
    expect(await dashboard.columnTotal('To triage')).toBe(triage);

    await page.goto('/?stage=return');
    await board.whole();
    const returns = await board.cards().count();
    expect(returns).toBeGreaterThan(0);
    expect(returns).toBeLessThan(total);
    await expect(findStatus(page)).toHaveText(`${returns} of ${total} recommendations`);
    await dashboard.openFromNav();
    expect(page.url()).toContain('stage=return');
    expect(await dashboard.counted()).toBe(returns);
  });

  test('follows a saved view, and names it in its heading', async ({ page }) => {
    const board = new BoardPage(page);
    const find = new FindBar(page);
    await board.open();
    await find.stageInLanes('Return', 'Responsible actor');
    await find.saveView('Return, by actor');
    await page.goto('/');
    await board.whole();

    await find.openViews();
    await find.savedView('Return, by actor').click();
    await board.whole();
    const returns = Number(((await find.status().textContent()) ?? '').match(/^\d+/)?.[0]);
    expect(returns).toBeGreaterThan(0);
    const dashboard = new DashboardPage(page);
    await dashboard.openFromNav();
    await expect(page.getByRole('heading', { level: 2 })).toContainText(
      'Status of recommendations — Return, by actor — as of',
    );
    expect(await dashboard.counted()).toBe(returns);
  });

  test('a number opens the board on exactly its cards', async ({ page }) => {
    const dashboard = new DashboardPage(page);
    await dashboard.open();
    const all = await dashboard.counted();
    const cell = dashboard.stageTotal('Return');
    const count = Number((await cell.innerText()).replace(/\D/g, ''));
    expect(count).toBeGreaterThan(0);
    await cell.getByRole('link').click();
    const board = new BoardPage(page);
    await board.whole();
    await expect(findStatus(page)).toHaveText(`${count} of ${all} recommendations`);
    await expect(board.cards()).toHaveCount(count);
    await expect(
      page.getByRole('button', { name: new RegExp(`${count} chosen card`) }),
    ).toBeVisible();
  });

  test('prints the figures with the report heading, on A4 and on Letter', async ({ page }) => {
    const dashboard = new DashboardPage(page);
    await dashboard.open();
    const counted = await dashboard.counted();
    for (const format of ['A4', 'Letter'] as const) {
      const { text, pages } = await pdfText(await dashboard.print(format));
      expect(pages, format).toBeGreaterThan(0);
      expect(text, format).toMatch(/Status of recommendations — .+ — as of \d{1,2} \w{3} \d{4}/);
      expect(text, format).toContain(`On the board ${counted}`);
      // The PDF's text splits words at ligatures ("Cumulative fl ow"): compared without spaces.
      const letters = text.replace(/\s+/g, '');
      // Every section is on paper, none cut off by the narrower Letter page or left to the screen.
      for (const section of [
        'At a glance',
        'By implementation status and migration stage',
        'By responsible actor',
        'By workshop',
        'By response',
        'Coverage of GCM objectives and SDG targets',
        'Cumulative flow',
        'Implemented per quarter',
        'Age of open recommendations',
      ]) {
        expect(letters, `${format}: ${section}`).toContain(section.replace(/\s+/g, ''));
      }
      // Lines whole, not cut at the page's right edge (the shell once clipped them).
      expect(letters, format).toContain(
        'eachnumberopenstheboardonexactlythoserecommendations.Byimplementationstatus',
      );
      // A quarter's year is a year, not a count: "Q4 2026", never "Q4 2,026".
      expect(text, format).toMatch(/Q[1-4] 20\d\d\b/);
      expect(text, format).not.toMatch(/Q[1-4] \d,\d{3}/);
      expect(text, format).not.toContain('Save as PNG');
    }
  });

  test("gives each chart's figures as a table, built when it is asked for", async ({ page }) => {
    const dashboard = new DashboardPage(page);
    await dashboard.open();
    const flow = dashboard.section('Cumulative flow');
    await expect(flow.getByRole('table')).toHaveCount(0);
    await flow.getByText('Show as table').click();
    const table = flow.getByRole('table');
    await expect(table.getByRole('columnheader', { name: 'To triage' })).toBeVisible();
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);

    // Each number of the flow is a door too: the last row is today, its "To triage" the
    // cards there now.
    const all = await dashboard.counted();
    const triage = await dashboard.columnTotal('To triage');
    const headers = await table.getByRole('columnheader').allTextContents();
    const cell = table
      .locator('tbody tr')
      .last()
      .getByRole('cell')
      .nth(headers.indexOf('To triage') - 1);
    await expect(cell).toHaveText(String(triage));
    await cell.getByRole('link').click();
    const board = new BoardPage(page);
    await board.whole();
    await expect(findStatus(page)).toHaveText(`${triage} of ${all} recommendations`);
    await expect(board.cardsIn('To triage')).toHaveCount(triage);
    await expect(board.cards()).toHaveCount(triage);
  });

  test('saves the dashboard as a PNG image of its figures', async ({ page }) => {
    const dashboard = new DashboardPage(page);
    await dashboard.open();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save as PNG' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^recboard-dashboard-\d{4}-\d{2}-\d{2}\.png$/);
    const path = await download.path();
    if (!path) throw new Error('the image was not saved');
    const png = await readFile(path);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16 and 20: the page's, not a blank tile.
    const box = await dashboard.root.boundingBox();
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(Math.floor(box?.width ?? 1));
    expect(png.readUInt32BE(20)).toBeGreaterThan(400);
  });

  test('has no serious or critical axe violations, in light and dark, tables open', async ({
    page,
  }) => {
    const dashboard = new DashboardPage(page);
    await dashboard.open();
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(page)).toEqual([]);
    const disclosures = dashboard.root.locator('details > summary');
    for (const summary of await disclosures.all()) await summary.click();
    await expect(dashboard.root.locator('details[open] table')).toHaveCount(
      await disclosures.count(),
    );
    // The page was scanned: the tables alone now.
    expect(await seriousViolations(page, 'details[open]')).toEqual([]);
  });
});
