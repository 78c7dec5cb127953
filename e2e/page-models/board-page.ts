import { expect, type Locator, type Page } from '@playwright/test';

/** Every locator the board journeys use, by role and accessible name. */
export class BoardPage {
  readonly board: Locator;
  readonly sampleBanner: Locator;

  constructor(readonly page: Page) {
    this.board = page.getByRole('region', { name: 'Recommendation board' });
    this.sampleBanner = page.getByRole('complementary', { name: 'Remove sample data' });
  }

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.board).toBeVisible();
  }

  column(name: string): Locator {
    return this.board.getByRole('region', { name, exact: true });
  }

  cards(): Locator {
    return this.board.getByRole('article');
  }

  card(title: string | RegExp): Locator {
    return this.board.getByRole('article', { name: title });
  }

  async removeSampleData(): Promise<void> {
    await this.sampleBanner.getByRole('button', { name: 'Remove sample data' }).click();
  }

  async startEmpty(): Promise<void> {
    await this.sampleBanner.getByRole('button', { name: 'Start with an empty board' }).click();
  }

  toast(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }
}
