import { expect, type Page, test } from '@playwright/test';
import { seriousViolations } from './page-models/axe-check';
import { storedRows } from './page-models/stored-board';
import { TablePage } from './page-models/table-page';

// Date inputs take their segments in the browser's order: month, day, year in en-US.
test.use({ locale: 'en-US' });

interface StoredCard {
  id: string;
  title: string;
  text: string;
  dueDate: string | null;
}

/** A card's stored due date, read straight from IndexedDB, found by the title the table shows. */
async function storedDueDate(page: Page, title: string): Promise<string | null | undefined> {
  const rows = (await storedRows(page)).recommendations as StoredCard[];
  const card = rows.find((row) => (row.title || row.text).replace(/\s+/g, ' ').trim() === title);
  return card?.dueDate;
}

test.describe('table view', () => {
  test('sorts by due date and edits due dates by keyboard alone; they survive a reload', async ({
    page,
  }) => {
    const table = new TablePage(page);
    await table.open();
    await table.tabIntoGrid();
    // To "Due date" in the header row, and sort by it.
    await table.press('ArrowRight', 4);
    await expect(table.header('Due date')).toBeFocused();
    await table.press('Enter');
    await expect(table.header('Due date')).toHaveAttribute('aria-sort', 'ascending');
    expect(page.url()).toContain('sort=dueDate');

    const [first, second] = await table.titles();
    if (!first || !second) throw new Error('not enough rows');
    await table.press('ArrowDown');
    await table.press('Enter');
    await expect(table.editor('Due date')).toBeFocused();
    await page.keyboard.type('12312031');
    await table.press('Enter');
    await expect(await table.cell(first, 'Due date')).toHaveText('31 Dec 2031');
    await expect(await table.cell(first, 'Due date')).toBeFocused();

    await table.press('ArrowDown');
    await table.press('Enter');
    await page.keyboard.type('01152030');
    await table.press('Enter');
    // Ascending: the earlier date now comes first, and the cursor went with its row.
    await expect.poll(async () => (await table.titles()).slice(0, 2)).toEqual([second, first]);
    await expect(await table.cell(second, 'Due date')).toBeFocused();
    await expect.poll(() => storedDueDate(page, first)).toBe('2031-12-31');
    expect(await storedDueDate(page, second)).toBe('2030-01-15');

    await table.reload();
    await expect(table.header('Due date')).toHaveAttribute('aria-sort', 'ascending');
    expect((await table.titles()).slice(0, 2)).toEqual([second, first]);
    await expect(await table.cell(first, 'Due date')).toHaveText('31 Dec 2031');
    expect(await storedDueDate(page, first)).toBe('2031-12-31');
  });

  test('Escape cancels an edit; Ctrl+Z undoes a committed one', async ({ page }) => {
    const table = new TablePage(page);
    await table.open();
    const before = await storedRows(page);
    await table.tabIntoGrid();
    await table.press('ArrowDown');
    const [title] = await table.titles();
    if (!title) throw new Error('no row');
    await table.press('ArrowRight', 4);
    await table.press('Enter');
    await page.keyboard.type('06302029');
    await table.press('Escape');
    await expect(await table.cell(title, 'Due date')).toBeFocused();
    await expect(await table.cell(title, 'Due date')).toHaveText('');
    expect(await storedRows(page)).toEqual(before);

    await table.press('Enter');
    await page.keyboard.type('06302029');
    await table.press('Enter');
    await expect(await table.cell(title, 'Due date')).toHaveText('30 Jun 2029');
    await expect.poll(() => storedDueDate(page, title)).toBe('2029-06-30');

    await table.press('Control+z');
    await expect(await table.cell(title, 'Due date')).toHaveText('');
    await expect.poll(() => storedRows(page)).toEqual(before);
  });

  test('edits the status and the priority with their selects, one move and one patch', async ({
    page,
  }) => {
    const table = new TablePage(page);
    await table.open();
    const [title] = await table.titles();
    if (!title) throw new Error('no row');
    const status = await table.cell(title, 'Status');
    await status.dblclick();
    await table.editor('Status').selectOption({ label: 'In progress' });
    await table.press('Enter');
    await expect(await table.cell(title, 'Status')).toHaveText('In progress');
    await (await table.cell(title, 'Priority')).click();
    await table.press('F2');
    await table.editor('Priority').selectOption({ label: 'High priority' });
    await table.press('Enter');
    await expect(await table.cell(title, 'Priority')).toHaveText('High priority');
    await table.reload();
    // Now at the end of "In progress", out of view: the search brings its row up.
    await table.search(title);
    await expect(await table.cell(title, 'Status')).toHaveText('In progress');
    await expect(await table.cell(title, 'Priority')).toHaveText('High priority');
  });

  test('the columns chosen are remembered on this device', async ({ page }) => {
    const table = new TablePage(page);
    await table.open();
    await table.toggleColumn('Priority');
    await table.toggleColumn('Workshop');
    const chosen = ['Recommendation', 'Status', 'Response', 'Due date', 'Lead actor', 'Workshop'];
    await expect.poll(() => table.headers()).toEqual(chosen);
    await table.reload();
    expect(await table.headers()).toEqual(chosen);
  });

  test('has no serious or critical axe violations, and scrolls inside itself on a phone', async ({
    page,
  }) => {
    const table = new TablePage(page);
    await table.open();
    expect(await seriousViolations(page, '[role="grid"]')).toEqual([]);

    await page.setViewportSize({ width: 390, height: 800 });
    const widths = await table.grid.evaluate((grid) => {
      const scroller = grid.parentElement;
      return {
        grid: scroller ? scroller.scrollWidth > scroller.clientWidth : false,
        page: document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      };
    });
    expect(widths).toEqual({ grid: true, page: true });
  });
});
