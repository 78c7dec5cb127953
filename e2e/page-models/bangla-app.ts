import { expect, type Locator, type Page } from '@playwright/test';
import { seriousViolations } from './axe-check';

/**
 * Latin letters that may stay in the Bangla interface: proper names, file formats, keys.
 * The board's and its built-in columns' English names are not here: they show in Bangla.
 */
export const LATIN_ALLOWED = [
  // Whole shortcuts first: the letter keys are allowed only as part of one.
  'Ctrl+Shift+Z',
  'Ctrl+Z',
  'Ctrl+Y',
  'Recboard',
  'JSON',
  'CSV',
  'PNG',
  'PDF',
  'A4',
  'UTF-8',
  'Trello',
  'Ctrl',
  'Shift',
  'Enter',
  'Space',
  'Escape',
  '.csv',
  '.txt',
  '.md',
  '.docx',
  '.pdf',
];

/** Every locator of the Bangla journey, by role and Bangla accessible name. */
export class BanglaApp {
  readonly board: Locator;
  readonly languageSwitch: Locator;

  constructor(readonly page: Page) {
    this.board = page.getByRole('region', { name: 'সুপারিশ বোর্ড' });
    this.languageSwitch = page.getByRole('banner').getByRole('combobox');
  }

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.board).toBeVisible();
    await expect(this.board).not.toHaveAttribute('aria-busy', 'true');
  }

  async visit(route: string, heading: string | RegExp): Promise<void> {
    await this.page.evaluate((hash) => {
      window.location.hash = hash;
    }, `#/${route}`);
    await expect(this.page.getByRole('heading', { name: heading }).first()).toBeVisible();
  }

  async startEmpty(): Promise<void> {
    await this.page
      .getByRole('complementary', { name: 'নমুনা তথ্য' })
      .getByRole('button', { name: 'খালি বোর্ড দিয়ে শুরু করুন' })
      .click();
    await expect(this.board.getByRole('article')).toHaveCount(0);
  }

  /** Adds a recommendation through the editor dialog, then closes it. */
  async addRecommendation(text: string): Promise<void> {
    await this.page.getByRole('banner').getByRole('button', { name: 'নতুন সুপারিশ' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'নতুন সুপারিশ' });
    await dialog.getByRole('textbox', { name: 'সুপারিশ, যেভাবে বলা হয়েছে' }).fill(text);
    await dialog.getByRole('button', { name: 'সুপারিশ যোগ করুন' }).click();
    await expect(this.page.getByText(/^সুপারিশ যোগ করা হয়েছে।/).first()).toBeVisible();
    await this.closeDialog();
  }

  async closeDialog(): Promise<void> {
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'বন্ধ করুন' }).first().click();
    await expect(dialog).toHaveCount(0);
  }

  /** Opens a card's editor by its title button, as a click on the card does. */
  async openCard(title: string): Promise<void> {
    await this.cards().getByRole('button', { name: title, exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'সুপারিশ' });
    await expect(dialog.getByLabel('সুপারিশ, যেভাবে বলা হয়েছে')).toBeVisible();
  }

  search(): Locator {
    return this.page.getByRole('searchbox', { name: 'সুপারিশে অনুসন্ধান' });
  }

  cards(): Locator {
    return this.board.getByRole('article');
  }

  /**
   * Interface text with Latin letters, outside the allow-list: text nodes and the names
   * (aria-label, title, placeholder) of everything in `scope`. Card text comes from data and
   * is skipped, as is anything marked as another language (the "English" choice).
   */
  async latinText(scope = 'body'): Promise<string[]> {
    return this.page.evaluate(
      ({ scope, allowed }) => {
        const root = document.querySelector(scope);
        if (!root) return [`no ${scope}`];
        const skip = (element: Element | null) =>
          element?.closest('article, script, style, [lang]:not([lang^="bn"])') !== null;
        const strip = (text: string) =>
          allowed.reduce((rest, word) => rest.split(word).join(' '), text);
        const found: string[] = [];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          if (!skip(node.parentElement) && /[A-Za-z]/.test(strip(text))) found.push(text);
        }
        for (const element of root.querySelectorAll('[aria-label], [title], [placeholder]')) {
          if (skip(element)) continue;
          for (const name of ['aria-label', 'title', 'placeholder']) {
            const value = element.getAttribute(name) ?? '';
            if (/[A-Za-z]/.test(strip(value))) found.push(`${name}=${value}`);
          }
        }
        return found;
      },
      { scope, allowed: LATIN_ALLOWED },
    );
  }

  async seriousViolations(): Promise<string[]> {
    return seriousViolations(this.page);
  }
}
