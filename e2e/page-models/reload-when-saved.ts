import { expect, type Page } from '@playwright/test';

/**
 * Reloads once no write of the page is under way (`<html data-saving>`, set by
 * app/unsaved-writes-guard.ts), as a person would after seeing the change: a reload pressed
 * mid-write is asked about by the browser, and a test's dialog would go unanswered.
 */
export async function reloadWhenSaved(page: Page): Promise<void> {
  await expect(page.locator('html')).not.toHaveAttribute('data-saving', { timeout: 10_000 });
  await page.reload();
}
