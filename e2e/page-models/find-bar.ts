import { expect, type Locator, type Page } from '@playwright/test';

/** The find bar above the board: search, filters, grouping and saved views, by role and name. */
export class FindBar {
  constructor(readonly page: Page) {}

  searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search recommendations' });
  }

  /** The line under the bar: "12 of 200 recommendations", or "200 recommendations". */
  status(): Locator {
    return this.page
      .getByRole('status')
      .filter({ hasText: /recommendation/ })
      .first();
  }

  /** Opens one of the bar's disclosures ("Filters", "Views") unless it is open. */
  private async openPanel(name: RegExp): Promise<void> {
    const summary = this.page.locator('summary').filter({ hasText: name });
    const details = this.page.locator('details').filter({ has: summary });
    if ((await details.getAttribute('open')) === null) await summary.click();
  }

  async openFilters(): Promise<void> {
    await this.openPanel(/^Filters/);
    await expect(this.filterGroup('Migration-cycle stages')).toBeVisible();
  }

  /** A group of checkboxes in the filter panel, by its legend. */
  filterGroup(legend: string): Locator {
    return this.page.getByRole('group', { name: legend, exact: true });
  }

  filterOption(legend: string, option: string): Locator {
    return this.filterGroup(legend).getByRole('checkbox', { name: option, exact: true });
  }

  /** The chips of the active filters. */
  chips(): Locator {
    return this.page.getByRole('list', { name: 'Active filters' });
  }

  removeChip(name: string | RegExp): Locator {
    return this.chips().getByRole('button', { name });
  }

  groupBy(): Locator {
    return this.page.getByLabel('Group by');
  }

  /** Narrows the board to one migration-cycle stage and groups it into lanes by `lanes`. */
  async stageInLanes(stage: string, lanes: string): Promise<void> {
    await this.openFilters();
    await this.filterOption('Migration-cycle stages', stage).check();
    await this.groupBy().selectOption({ label: lanes });
  }

  /** Opens the saved views menu. */
  async openViews(): Promise<void> {
    await this.openPanel(/^Views$/);
    await expect(this.page.getByLabel('Name of this view')).toBeVisible();
  }

  async saveView(name: string): Promise<void> {
    await this.openViews();
    await this.page.getByLabel('Name of this view').fill(name);
    await this.page.getByRole('button', { name: 'Save this view' }).click();
    await expect(this.savedView(name)).toBeVisible();
  }

  savedView(name: string): Locator {
    return this.page
      .getByRole('list', { name: 'Saved views' })
      .getByRole('link', { name, exact: true });
  }
}
