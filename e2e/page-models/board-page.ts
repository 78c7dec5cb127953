import { expect, type Locator, type Page } from '@playwright/test';
import { reloadWhenSaved } from './reload-when-saved';

/** Every locator the board journeys use, by role and accessible name. */
export class BoardPage {
  readonly board: Locator;
  readonly sampleBanner: Locator;

  constructor(readonly page: Page) {
    this.board = page.getByRole('region', { name: 'Recommendation board' });
    this.sampleBanner = page.getByRole('complementary', { name: 'Sample data' });
  }

  /** Opens the board and waits for all of it: the first screen paints before the rest is read. */
  async open(): Promise<void> {
    await this.page.goto('/');
    await this.whole();
  }

  async whole(): Promise<void> {
    await expect(this.board).toBeVisible();
    await expect(this.board).not.toHaveAttribute('aria-busy', 'true');
  }

  async reload(): Promise<void> {
    await reloadWhenSaved(this.page);
    await this.whole();
  }

  column(name: string): Locator {
    return this.board.getByRole('region', { name, exact: true });
  }

  cards(): Locator {
    return this.board.getByRole('article');
  }

  cardsIn(column: string): Locator {
    return this.column(column).getByRole('article');
  }

  card(title: string | RegExp): Locator {
    return this.board.getByRole('article', { name: title });
  }

  /** The visible titles of a column's cards, top to bottom. */
  async titlesIn(column: string): Promise<string[]> {
    return this.cardsIn(column).getByRole('heading').allInnerTexts();
  }

  dragHandle(title: string): Locator {
    return this.card(title).getByRole('button', { name: `Drag ${title}` });
  }

  /** A real mouse drag: press, nudge past the 5 px activation distance, glide to the target. */
  async dragWithMouse(title: string, target: Locator): Promise<void> {
    const source = await this.card(title).getByRole('paragraph').first().boundingBox();
    const box = await target.boundingBox();
    if (!source || !box) throw new Error('drag source or target is not on screen');
    const mouse = this.page.mouse;
    // Aim at the middle of the part of the target in the window: a long list runs past it.
    const bottom = Math.min(box.y + box.height, (this.page.viewportSize()?.height ?? 720) - 8);
    const aim = { x: box.x + box.width / 2, y: (Math.max(box.y, 0) + bottom) / 2 };
    await mouse.move(source.x + source.width / 2, source.y + source.height / 2);
    await mouse.down();
    await mouse.move(source.x + source.width / 2 + 8, source.y + source.height / 2 + 8, {
      steps: 3,
    });
    await mouse.move(aim.x, aim.y, { steps: 15 });
    await mouse.move(aim.x, aim.y + 2, { steps: 2 });
    await mouse.up();
  }

  /** Keyboard only: focus the handle, Space, arrows, Space. */
  async moveWithKeyboard(title: string, keys: string[]): Promise<void> {
    const handle = this.dragHandle(title);
    await handle.focus();
    await this.page.keyboard.press('Space');
    await expect(handle).toHaveAttribute('aria-pressed', 'true');
    // dnd-kit measures drop targets after the drag starts: let two frames pass first.
    await this.page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    for (const key of keys) {
      const before = (await this.liveRegion().textContent()) ?? '';
      await this.page.keyboard.press(key);
      // Each arrow is announced once dnd-kit has measured and moved: wait for it, not for time.
      await expect(this.liveRegion()).not.toHaveText(before);
    }
    await this.page.keyboard.press('Space');
  }

  /** dnd-kit's screen-reader announcements. */
  liveRegion(): Locator {
    return this.page.locator('[id^="DndLiveRegion"]').first();
  }

  /** A card in one column, by its exact title (a generated board has titles within titles). */
  cardIn(column: string, title: string): Locator {
    return this.column(column).getByRole('article', { name: title, exact: true });
  }

  /** A card's drag handle, found within its column by the card's exact title. */
  dragHandleIn(column: string, title: string): Locator {
    return this.cardIn(column, title).getByRole('button', { name: `Drag ${title}`, exact: true });
  }

  /** Where a card dragged into a column is dropped: its list of cards. */
  dropZone(column: string): Locator {
    return this.column(column).getByRole('list').first();
  }

  /** A card's text, where a mouse drag presses it. */
  gripIn(column: string, title: string): Locator {
    return this.cardIn(column, title).getByRole('paragraph').first();
  }

  /** The button on a card that opens it in the editor. */
  openerIn(column: string, title: string): Locator {
    return this.cardIn(column, title).getByRole('button', { name: title, exact: true });
  }

  /**
   * A column's card titles in the order the screen shows them, top to bottom: by position,
   * because mid-drag the cards shift on screen without moving in the DOM.
   */
  async titlesOnScreenIn(column: string): Promise<string[]> {
    const headings = this.cardsIn(column).getByRole('heading');
    const titles = await headings.allInnerTexts();
    const boxes = await Promise.all((await headings.all()).map((heading) => heading.boundingBox()));
    const top = (index: number) => boxes[index]?.y ?? Number.POSITIVE_INFINITY;
    return titles
      .map((title, index) => ({ title, top: top(index) }))
      .sort((a, b) => a.top - b.top)
      .map(({ title }) => title);
  }

  /** The whole count in a column's header ("12 recommendations"). */
  countIn(column: string): Locator {
    return this.column(column).getByText(/^\d+ recommendations?$/);
  }

  /** The title of the first card a column renders, whitespace collapsed as its name is. */
  async firstTitleIn(column: string, options: { timeout?: number } = {}): Promise<string> {
    const heading = this.cardsIn(column).first().getByRole('heading').first();
    const title = ((await heading.textContent(options)) ?? '').replace(/\s+/g, ' ').trim();
    if (!title) throw new Error(`the first card of ${column} has no title`);
    return title;
  }

  /** Every column that shows a card of this exact title, once per card shown, in board order. */
  async columnsShowing(title: string): Promise<string[]> {
    const names: string[] = [];
    // Columns by their headings: the closed columns sit in a region of their own.
    for (const name of await this.board.getByRole('heading', { level: 2 }).allInnerTexts()) {
      const shown = await this.cardIn(name, title).count();
      for (let i = 0; i < shown; i += 1) names.push(name);
    }
    return names;
  }

  /** Adds a card at the bottom of a column with its quick-add field. */
  async quickAdd(column: string, text: string): Promise<void> {
    await this.column(column)
      .getByRole('button', { name: /Add a recommendation/ })
      .click();
    await this.page.getByLabel(`New recommendation in ${column}`).fill(text);
    await this.page.keyboard.press('Enter');
  }

  async moveTo(
    title: string,
    column: string,
    position: string | RegExp,
    lane?: string,
  ): Promise<void> {
    await this.card(title)
      .getByRole('button', { name: `Move ${title} to…` })
      .click();
    const dialog = this.page.getByRole('dialog', { name: /^Move/ });
    // Grouped, the dialog offers the lanes too.
    if (lane !== undefined) await dialog.getByLabel('Lane').selectOption({ label: lane });
    await dialog.getByLabel('Column').selectOption({ label: column });
    const slot = dialog.getByLabel('Position');
    const labels = await slot.getByRole('option').allTextContents();
    const label = labels.find((text) =>
      typeof position === 'string' ? text === position : position.test(text),
    );
    if (!label) throw new Error(`no position ${position} in ${labels.join(', ')}`);
    await slot.selectOption({ label });
    await dialog.getByRole('button', { name: 'Move', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  async openCard(title: string): Promise<Locator> {
    await this.card(title).getByRole('button', { name: title, exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Recommendation' });
    await expect(dialog.getByLabel('Recommendation as stated')).toBeVisible();
    return dialog;
  }

  async addColumn(name: string, wipLimit = ''): Promise<void> {
    await this.board.getByRole('button', { name: 'Add column' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Add a column' });
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByLabel('Work-in-progress limit').fill(wipLimit);
    await dialog.getByRole('button', { name: 'Add column' }).click();
    await expect(dialog).toBeHidden();
  }

  async deleteColumn(name: string, moveCardsTo: string): Promise<void> {
    await this.column(name)
      .getByRole('button', { name: `Settings for column ${name}` })
      .click();
    const dialog = this.page.getByRole('dialog', { name: `Column: ${name}` });
    await dialog.getByLabel(/go(es)? to$/).selectOption({ label: moveCardsTo });
    await dialog.getByRole('button', { name: `Delete “${name}”` }).click();
    await expect(dialog).toBeHidden();
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

  /** A toast's button, such as its Undo. */
  toastAction(text: string | RegExp, action: string): Locator {
    return this.toast(text).getByRole('button', { name: action });
  }

  /** Every column's card titles, top to bottom, by column name. */
  async allColumnTitles(): Promise<Record<string, string[]>> {
    const titles: Record<string, string[]> = {};
    const headings = this.board.getByRole('region').getByRole('heading', { level: 2 });
    for (const name of await headings.allInnerTexts()) titles[name] = await this.titlesIn(name);
    return titles;
  }

  /** The title a card shows (its accessible name), by card id. */
  async titleOf(cardId: string): Promise<string> {
    const heading = this.board.locator(`article[data-card-id="${cardId}"]`).getByRole('heading');
    return ((await heading.textContent()) ?? '').replace(/\s+/g, ' ').trim();
  }

  async renameColumn(name: string, newName: string): Promise<void> {
    await this.column(name)
      .getByRole('button', { name: `Settings for column ${name}` })
      .click();
    const dialog = this.page.getByRole('dialog', { name: `Column: ${name}` });
    await dialog.getByLabel('Name', { exact: true }).fill(newName);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
  }

  /** The board's "Select" switch: checkbox mode for bulk edits. */
  selectMode(): Locator {
    return this.board.getByRole('button', { name: 'Select', exact: true });
  }

  /** The board's "Compact cards" switch (remembered on this device). */
  compactToggle(): Locator {
    return this.board.getByRole('button', { name: 'Compact cards' });
  }

  /** The board's status line: the selection count, then what a bulk edit did. */
  selectionStatus(): Locator {
    // Its own paragraph: dnd-kit's live region is a status too.
    return this.board.locator('p[role="status"]');
  }

  /** A card's checkbox, shown in "Select" mode and on selected cards. */
  checkboxIn(column: string, title: string): Locator {
    return this.cardIn(column, title).getByRole('checkbox', { name: `Select “${title}”` });
  }

  bulkBar(): Locator {
    return this.board.getByRole('form', { name: 'Change the selected cards' });
  }

  /** A bulk edit of the selected cards: the change, its value (an option's label), Apply. */
  async bulkEdit(change: string, value?: string): Promise<void> {
    const bar = this.bulkBar();
    await bar.getByLabel('Change').selectOption({ label: change });
    if (value !== undefined) await bar.getByLabel('To').selectOption({ label: value });
    await bar.getByRole('button', { name: /^Apply to/ }).click();
  }

  /** The phone's column switcher. */
  columnSwitcher(): Locator {
    return this.board.getByRole('combobox', { name: 'Column' });
  }

  /** The card that has the keyboard focus, by its exact title (its accessible name). */
  focusedCard(): Locator {
    return this.board.locator('article:focus');
  }

  /** The toolbar's Undo and Redo buttons (their names say what they would do). */
  undoButton(): Locator {
    return this.page.getByRole('button', { name: /^(Undo: |Nothing to undo)/ });
  }

  redoButton(): Locator {
    return this.page.getByRole('button', { name: /^(Redo: |Nothing to redo)/ });
  }
}
