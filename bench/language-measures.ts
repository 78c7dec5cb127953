import { expect, type Page } from '@playwright/test';
import { BanglaApp } from '../e2e/page-models/bangla-app';
import { BoardPage } from '../e2e/page-models/board-page';
import { settle, WAIT } from './measures';
import { timeViewChange } from './time-view-change';

/*
 * Issue 17's budget: switching the language repaints the board. The board region's name is
 * t('board.label'): in Bangla, the same name the Bangla page model finds it by.
 */

const BANGLA_BOARD = '[aria-label="সুপারিশ বোর্ড"]';

/**
 * The header's language switch → Bangla: the change → the end of the first frame with the
 * board in Bangla (its Bangla messages chunk fetched on the way, as on a first switch). Back to
 * English after, untimed: the choice is remembered on the device, and the next measures and
 * pages find things by their English names.
 */
export async function measureLanguageSwitch(page: Page): Promise<number> {
  const bangla = new BanglaApp(page);
  const ms = await timeViewChange(
    page,
    { event: 'change', until: [{ selector: BANGLA_BOARD }] },
    () => bangla.languageSwitch.selectOption('bn', WAIT).then(() => undefined),
  );
  await expect(bangla.board).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'bn');
  await settle(page);
  await bangla.languageSwitch.selectOption('en', WAIT);
  await new BoardPage(page).whole();
  await settle(page);
  return ms;
}
