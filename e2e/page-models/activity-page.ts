import { expect, type Locator, type Page } from '@playwright/test';
import { seriousViolations } from './axe-check';

/** Every locator the activity journeys use, by role and accessible name. */
export class ActivityPage {
  readonly heading: Locator;
  readonly navLink: Locator;
  readonly list: Locator;
  readonly status: Locator;
  readonly kind: Locator;
  readonly from: Locator;
  readonly to: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 2, name: 'Activity' });
    this.navLink = page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Activity' });
    this.list = page.getByRole('region', { name: 'Changes, newest first' }).getByRole('list');
    this.status = page.getByRole('main').getByRole('status');
    this.kind = page.getByLabel('Kind of change');
    this.from = page.getByLabel('From', { exact: true });
    this.to = page.getByLabel('To', { exact: true });
  }

  /**
   * Opens the page from the main navigation with the keyboard only: Tab from the first link to
   * the Activity link, then Enter.
   */
  async openFromNavByKeyboard(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link').first().focus();
    for (let presses = 0; presses < 10; presses += 1) {
      if (await this.navLink.evaluate((link) => link === document.activeElement)) break;
      await this.page.keyboard.press('Tab');
    }
    await expect(this.navLink).toBeFocused();
    await this.page.keyboard.press('Enter');
    await expect(this.heading).toBeVisible();
    await expect(this.navLink).toHaveAttribute('aria-current', 'page');
  }

  /** What each row shown says was done (and by whom, when not the person), top to bottom. */
  async changes(): Promise<string[]> {
    return this.list.getByRole('listitem').evaluateAll((rows) =>
      rows.map((row) =>
        [...row.children]
          .filter((part) => part.tagName !== 'TIME')
          .map((part) => part.textContent ?? '')
          .join(' · '),
      ),
    );
  }

  async showKind(label: string): Promise<void> {
    await this.kind.selectOption({ label });
  }

  /** axe's serious and critical violations on the page as it is, one line each. */
  async seriousViolations(): Promise<string[]> {
    return seriousViolations(this.page);
  }
}
