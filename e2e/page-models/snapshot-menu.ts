import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { type Download, expect, type Locator, type Page } from '@playwright/test';

export type ExportItem =
  | 'JSON snapshot'
  | 'CSV spreadsheet'
  | 'Markdown report'
  | 'PNG image'
  | 'Print or save as PDF';

/** The header's Export menu and Import button, the drop zone and the import dialog. */
export class SnapshotMenu {
  readonly exportButton: Locator;
  readonly importButton: Locator;
  readonly dialog: Locator;
  readonly summary: Locator;
  readonly dropOverlay: Locator;

  constructor(readonly page: Page) {
    const header = page.getByRole('banner');
    this.exportButton = header.getByRole('button', { name: 'Export', exact: true });
    this.importButton = header.getByRole('button', { name: 'Import', exact: true });
    this.dialog = page.getByRole('dialog', { name: /^Import “/ });
    this.summary = this.dialog.getByTestId('import-summary');
    this.dropOverlay = page.getByText('Drop to import');
  }

  item(name: ExportItem): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${name}`) });
  }

  /** Opens the menu and waits until it has read the board. */
  async openExport(): Promise<void> {
    await this.exportButton.click();
    await expect(this.item('JSON snapshot')).toBeVisible();
  }

  scope(name: RegExp): Locator {
    return this.page.getByRole('radio', { name });
  }

  async exportAs(name: Exclude<ExportItem, 'Print or save as PDF'>): Promise<Download> {
    await this.openExport();
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.item(name).click(),
    ]);
    return download;
  }

  /**
   * Print: the browser's dialog is stubbed, the printout stays in the page for page.pdf().
   * Also gives each printed card's text, read from the printout before it goes.
   */
  async print(): Promise<{ pdf: Buffer; cards: string[] }> {
    await this.page.evaluate(() => {
      window.print = () => {};
    });
    await this.openExport();
    await this.item('Print or save as PDF').click();
    const printout = this.page.getByTestId('print-view');
    await expect(printout).toBeAttached();
    // Hidden from the screen (the page's print-only part): found by tag, not by role.
    const cards = await printout
      .locator('article')
      .evaluateAll((articles) => articles.map((article) => article.textContent ?? ''));
    await this.page.emulateMedia({ media: 'print' });
    const pdf = await this.page.pdf({ format: 'A4' });
    await this.page.emulateMedia({ media: 'screen' });
    return { pdf, cards };
  }

  /** Picks a file with the Import button's file chooser; the dialog opens on it. */
  async importFile(path: string): Promise<void> {
    const [chooser] = await Promise.all([
      this.page.waitForEvent('filechooser'),
      this.importButton.click(),
    ]);
    await chooser.setFiles(path);
    await expect(this.dialog).toBeVisible();
  }

  /** Drags a file over the app (the overlay shows) and drops it. */
  async dropFile(path: string, type: string): Promise<void> {
    // As base64: a 2.5 MB image sent as an array of numbers took 28 s to reach the page.
    const base64 = (await readFile(path)).toString('base64');
    const transfer = await this.page.evaluateHandle(
      ({ base64, name, type }) => {
        const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
        const data = new DataTransfer();
        data.items.add(new File([bytes], name, { type }));
        return data;
      },
      { base64, name: basename(path), type },
    );
    const body = this.page.locator('body');
    await body.dispatchEvent('dragenter', { dataTransfer: transfer });
    await body.dispatchEvent('dragover', { dataTransfer: transfer });
    await expect(this.dropOverlay).toBeVisible();
    await body.dispatchEvent('drop', { dataTransfer: transfer });
    await expect(this.dropOverlay).toBeHidden();
    await expect(this.dialog).toBeVisible();
  }

  radio(name: RegExp): Locator {
    return this.dialog.getByRole('radio', { name });
  }

  /** The dialog's button that writes the import ("Replace the board", "Merge", "Import 3…"). */
  async confirm(name: string | RegExp): Promise<void> {
    await this.dialog.getByRole('button', { name }).click();
    await expect(this.dialog).toBeHidden();
  }

  problem(text: string | RegExp): Locator {
    return this.dialog.getByRole('alert').getByText(text);
  }
}
