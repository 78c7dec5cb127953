import { expect, type Locator, type Page } from '@playwright/test';

/** Triage mode: its start screen, the card on screen, its fields, and the summary. */
export class TriagePage {
  readonly dialog: Locator;
  /** What the last decision saved, as the header announces it. */
  readonly saved: Locator;
  readonly position: Locator;
  readonly leadActor: Locator;
  readonly dueDate: Locator;
  readonly note: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Triage' });
    this.saved = this.dialog.getByRole('status').first();
    this.position = this.dialog.getByText(/^Recommendation \d+ of \d+$/);
    this.leadActor = this.dialog.getByRole('combobox', { name: 'Lead actor' });
    this.dueDate = this.dialog.getByLabel('Due date');
    this.note = this.dialog.getByRole('textbox', { name: 'Progress note' });
  }

  /** The T shortcut, from the board page with the focus on no field. */
  async openWithKey(): Promise<void> {
    await this.page.locator('body').focus();
    await this.page.keyboard.press('t');
    await expect(this.dialog).toBeVisible();
  }

  scope(name: string | RegExp): Locator {
    return this.dialog.getByRole('radio', { name });
  }

  startButton(): Locator {
    return this.dialog.getByRole('button', { name: 'Start' });
  }

  /** Keyboard only: from the Start button back to the scopes, down to `steps` columns on. */
  async startOnScopeByKeyboard(steps: number, expected: RegExp): Promise<void> {
    await expect(this.startButton()).toBeFocused();
    await this.page.keyboard.press('Shift+Tab');
    await this.page.keyboard.press('Shift+Tab');
    for (let step = 0; step < steps; step += 1) await this.page.keyboard.press('ArrowDown');
    await expect(this.scope(expected)).toBeChecked();
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.press('Tab');
    await expect(this.startButton()).toBeFocused();
    await this.page.keyboard.press('Enter');
    await expect(this.position).toBeVisible();
  }

  /** The card on screen: its heading is its title (or its text, when it has no title). */
  cardHeading(): Locator {
    return this.dialog.getByRole('region').getByRole('heading', { level: 2 });
  }

  /** The card's title as stored (or its text), read from the heading. */
  async cardTitle(): Promise<string> {
    return (await this.cardHeading().textContent()) ?? '';
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  /** Presses a key that saves a decision, and waits until the header says it is saved. */
  async decide(key: string, saved: string | RegExp): Promise<void> {
    await this.page.keyboard.press(key);
    await expect(this.saved).toHaveText(saved);
  }

  summaryHeading(): Locator {
    return this.dialog.getByRole('heading', { name: /^Triage decisions,/ });
  }

  /** The summary's cards, in order: each a list item with its title and its decisions. */
  summaryCards(): Locator {
    return this.dialog
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { level: 3 }) });
  }

  summaryTitles(): Promise<string[]> {
    return this.summaryCards().getByRole('heading', { level: 3 }).allTextContents();
  }

  summaryDecisions(card: Locator): Promise<string[]> {
    return card.getByRole('listitem').allInnerTexts();
  }

  downloadButton(): Locator {
    return this.dialog.getByRole('button', { name: 'Download .md' });
  }
}
