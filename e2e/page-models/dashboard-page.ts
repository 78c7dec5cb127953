import { expect, type Locator, type Page } from '@playwright/test';

/** Every locator the dashboard journeys use, by role and accessible name. */
export class DashboardPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('dashboard');
  }

  /** Opens the dashboard from the header, keeping the view in the URL, and waits for figures. */
  async openFromNav(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Dashboard' })
      .click();
    await this.ready();
  }

  async open(query = ''): Promise<void> {
    await this.page.goto(`/${query}#/dashboard`);
    await this.ready();
  }

  async ready(): Promise<void> {
    await expect(this.root).toHaveAttribute('data-status', 'ready', { timeout: 20_000 });
  }

  section(name: string): Locator {
    return this.root.getByRole('region', { name, exact: true });
  }

  /** "On the board": every recommendation the view counts. */
  async counted(): Promise<number> {
    return Number(
      (await this.page.getByTestId('dashboard-counted').innerText()).replace(/\D/g, ''),
    );
  }

  matrix(): Locator {
    return this.section('By implementation status and migration stage').getByRole('table');
  }

  /** The total of one column of the board, from the matrix's footer. */
  async columnTotal(column: string): Promise<number> {
    const headers = await this.matrix().locator('thead th').allInnerTexts();
    const index = headers.indexOf(column);
    if (index < 0) throw new Error(`no column ${column} in ${headers.join(', ')}`);
    const cell = this.matrix().locator('tfoot tr').locator('th, td').nth(index);
    return Number((await cell.innerText()).replace(/\D/g, ''));
  }

  /** A stage's row total, as the link that opens its cards. */
  stageTotal(stage: string): Locator {
    return this.matrix()
      .getByRole('row', { name: new RegExp(`^${stage}\\b`) })
      .locator('td')
      .last();
  }

  /** The page as Chromium prints it, on A4 (most of the world) or US Letter. */
  async print(format: 'A4' | 'Letter' = 'A4'): Promise<Buffer> {
    return this.page.pdf({ format });
  }
}
