import { expect, type Locator } from '@playwright/test';
import type { BoardPage } from './board-page';

type Wait = { timeout?: number };

/**
 * A keyboard drag a step at a time, for journeys that look at the board mid-drag or time
 * the drop (BoardPage.moveWithKeyboard makes a whole move at once).
 */
export class KeyboardDrag {
  constructor(readonly board: BoardPage) {}

  /** Focuses the handle and picks the card up. */
  async pickUp(handle: Locator, options: Wait = {}): Promise<void> {
    await handle.focus(options);
    await this.board.page.keyboard.press('Space');
    await expect(handle).toHaveAttribute('aria-pressed', 'true', options);
    // dnd-kit measures drop targets after the drag starts: let two frames pass first.
    await this.board.page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
  }

  /** One key, then waits until dnd-kit has announced what it did. */
  async press(key: string, options: Wait = {}): Promise<void> {
    const before = (await this.board.liveRegion().textContent()) ?? '';
    await this.board.page.keyboard.press(key);
    await expect(this.board.liveRegion()).not.toHaveText(before, options);
  }

  /**
   * Presses `key` until the live region says `text`: on a large board an arrow may first
   * only scroll the next column into view, and announce nothing.
   */
  async pressUntilAnnounced(key: string, text: string, options: Wait = {}): Promise<void> {
    await expect(async () => {
      await this.board.page.keyboard.press(key);
      await expect(this.board.liveRegion()).toContainText(text, { timeout: 500 });
    }).toPass(options);
  }

  async drop(): Promise<void> {
    await this.board.page.keyboard.press('Space');
  }

  async cancel(): Promise<void> {
    await this.board.page.keyboard.press('Escape');
  }
}
