import { expect, type Page, test } from '@playwright/test';
import { BoardPage } from './page-models/board-page';
import { storedRows } from './page-models/stored-board';

interface StoredCard {
  id: string;
  columnId: string;
  rank: string;
}
interface StoredColumn {
  id: string;
  name: string;
}

async function storedCards(page: Page) {
  const rows = await storedRows(page);
  const cards = rows.recommendations as StoredCard[];
  const columns = rows.columns as StoredColumn[];
  return { cards, columns, rows };
}

test.describe('bulk edits', () => {
  test('five cards chosen by mouse and keyboard move together, and one Ctrl+Z puts them back', async ({
    page,
  }) => {
    const board = new BoardPage(page);
    await board.open();
    const triage = await board.titlesIn('To triage');
    const [first, second, third, fourth, fifth, sixth] = triage;
    if (!first || !second || !third || !fourth || !fifth || !sixth) {
      throw new Error('fewer than six cards in triage');
    }
    const before = await storedRows(page);

    // Mouse: Ctrl/⌘-click toggles one card, Shift-click takes the range up to another.
    await board.openerIn('To triage', first).click({ modifiers: ['ControlOrMeta'] });
    await expect(board.selectionStatus()).toHaveText('1 card selected');
    await board.openerIn('To triage', third).click({ modifiers: ['Shift'] });
    await expect(board.selectionStatus()).toHaveText('3 cards selected');
    await expect(page.getByRole('dialog')).toHaveCount(0);

    // Keyboard: arrows move the focus from card to card, x and Space select.
    await board.cardIn('To triage', third).focus();
    await page.keyboard.press('ArrowDown');
    await expect(board.cardIn('To triage', fourth)).toBeFocused();
    await page.keyboard.press('x');
    await page.keyboard.press('j');
    await expect(board.cardIn('To triage', fifth)).toBeFocused();
    await page.keyboard.press('Space');
    await expect(board.selectionStatus()).toHaveText('5 cards selected');

    // Select mode: a click selects (and unselects) instead of opening.
    await board.selectMode().click();
    await expect(board.selectMode()).toHaveAttribute('aria-pressed', 'true');
    await board.openerIn('To triage', sixth).click();
    await expect(board.checkboxIn('To triage', sixth)).toBeChecked();
    await board.checkboxIn('To triage', sixth).click();
    await expect(board.checkboxIn('To triage', sixth)).not.toBeChecked();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    const chosen = [first, second, third, fourth, fifth];
    for (const title of chosen) await expect(board.checkboxIn('To triage', title)).toBeChecked();
    await expect(board.selectionStatus()).toHaveText('5 cards selected');

    const progressBefore = await board.titlesIn('In progress');
    await board.bulkEdit('Move to column', 'In progress');
    await expect(board.selectionStatus()).toHaveText('Changed 5 cards');
    await expect.poll(() => board.titlesIn('In progress')).toEqual([...progressBefore, ...chosen]);
    expect(await board.titlesIn('To triage')).toEqual(triage.slice(5));

    // Stored: the five rows are in the "In progress" column, the rest untouched.
    const ids = await Promise.all(
      chosen.map((title) => board.cardIn('In progress', title).getAttribute('data-card-id')),
    );
    const { cards, columns } = await storedCards(page);
    const inProgress = columns.find((column) => column.name === 'In progress');
    const moved = cards.filter((card) => ids.includes(card.id));
    expect(moved).toHaveLength(5);
    for (const card of moved) expect(card.columnId).toBe(inProgress?.id);

    // One undo step for the five.
    await page.locator('body').focus();
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => board.titlesIn('To triage')).toEqual(triage);
    expect(await board.titlesIn('In progress')).toEqual(progressBefore);
    expect((await storedRows(page)).recommendations).toEqual(before.recommendations);
    await expect(board.redoButton()).toHaveAccessibleName('Redo: Edited 5 recommendations');
  });

  test('a column is one Tab stop; arrows, Home and End move the focus; Enter opens', async ({
    page,
  }) => {
    const board = new BoardPage(page);
    await board.open();
    const triage = await board.titlesIn('To triage');
    const [first, second] = triage;
    const last = triage.at(-1);
    if (!first || !second || !last) throw new Error('fewer than two cards in triage');

    // Only the column's current card (and its grip and "Move to…") is in the Tab order.
    const tabbable = board.column('To triage').locator('ol [tabindex="0"]');
    await expect(tabbable).toHaveCount(3);
    await board
      .column('To triage')
      .getByRole('button', { name: /^Settings for column/ })
      .focus();
    await page.keyboard.press('Tab');
    await expect(board.cardIn('To triage', first)).toBeFocused();

    await page.keyboard.press('End');
    await expect(board.cardIn('To triage', last)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(board.cardIn('To triage', first)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(board.cardIn('To triage', second)).toBeFocused();
    await expect(tabbable.first()).toHaveAttribute('data-card-id', /.+/);
    await expect(board.cardIn('To triage', second)).toHaveAttribute('tabindex', '0');
    await expect(board.cardIn('To triage', first)).toHaveAttribute('tabindex', '-1');

    // Sideways to the next column with cards, and back.
    await page.keyboard.press('l');
    await expect(board.focusedCard()).toHaveCount(1);
    await expect(board.cardsIn('To triage').and(board.focusedCard())).toHaveCount(0);
    await page.keyboard.press('ArrowLeft');
    await expect(board.cardIn('To triage', second)).toBeFocused();

    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Recommendation' });
    await expect(dialog.getByLabel('Recommendation as stated')).toBeVisible();
  });
});
