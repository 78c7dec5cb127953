import { expect, type Locator, type Page } from '@playwright/test';
import { BoardPage } from './board-page';
import { reloadWhenSaved } from './reload-when-saved';

/** Every locator the table view's journeys use, by role and accessible name. */
export class TablePage {
  readonly region: Locator;
  readonly grid: Locator;
  readonly columnsMenu: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Table', exact: true });
    this.grid = page.getByRole('grid', { name: 'Recommendations as a table' });
    this.columnsMenu = this.region.locator('summary', { hasText: 'Columns' });
  }

  /** Opens the board, then the table view with the view switch, and waits for its rows. */
  async open(): Promise<void> {
    await new BoardPage(this.page).open();
    await this.page.getByRole('button', { name: 'Table', exact: true }).click();
    await this.whole();
  }

  async whole(): Promise<void> {
    await expect(this.grid).toBeVisible();
    await expect(this.grid.getByRole('rowheader').first()).toBeVisible();
  }

  async reload(): Promise<void> {
    await reloadWhenSaved(this.page);
    await this.whole();
  }

  header(name: string): Locator {
    return this.grid.getByRole('columnheader', { name, exact: true });
  }

  /** The headers' names, left to right, without the sorted column's arrow. */
  async headers(): Promise<string[]> {
    const texts = await this.grid.getByRole('columnheader').allInnerTexts();
    return texts.map((text) => text.replace(/[▲▼]/g, '').trim());
  }

  /** The titles of the rows the grid has drawn, top to bottom. */
  async titles(): Promise<string[]> {
    return this.grid.getByRole('rowheader').allInnerTexts();
  }

  row(title: string): Locator {
    return this.grid
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: title, exact: true }) });
  }

  /** A row's cell under a header, found by its column index (aria-colindex). */
  async cell(title: string, header: string): Promise<Locator> {
    const index = (await this.headers()).indexOf(header);
    if (index < 0) throw new Error(`no column ${header}`);
    return this.row(title).locator(`[aria-colindex="${index + 1}"]`);
  }

  /** The keyboard's way in: the one tab stop of the grid, reached with Tab from the menu. */
  async tabIntoGrid(): Promise<void> {
    await this.columnsMenu.focus();
    await this.page.keyboard.press('Tab');
    await expect(this.grid.locator('[tabindex="0"]')).toBeFocused();
  }

  /** Presses a key several times, each press a real key event. */
  async press(key: string, times = 1): Promise<void> {
    for (let count = 0; count < times; count += 1) await this.page.keyboard.press(key);
  }

  /** The field a cell turns into while edited. */
  editor(label: string): Locator {
    return this.grid.getByLabel(label, { exact: true });
  }

  /** Types in the board's search box: the table shows only the cards found. */
  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search recommendations' }).fill(text);
  }

  /** Shows or hides a column from the "Columns" menu. */
  async toggleColumn(name: string): Promise<void> {
    if ((await this.columnsMenu.locator('..').getAttribute('open')) === null) {
      await this.columnsMenu.click();
    }
    await this.region.getByRole('checkbox', { name, exact: true }).click();
  }
}
