import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { BoardPage } from './page-models/board-page';
import { CardEditorPage } from './page-models/card-editor-page';
import { storedRows } from './page-models/stored-board';

/** Presses a shortcut with the focus on the page itself, not in a field. */
async function press(page: Page, keys: string, times = 1): Promise<void> {
  await page.locator('body').focus();
  for (let count = 0; count < times; count += 1) await page.keyboard.press(keys);
}

test.describe('undo and redo', () => {
  test('five different actions, undone with Ctrl+Z and redone with Ctrl+Shift+Z', async ({
    page,
  }) => {
    const board = new BoardPage(page);
    const editor = new CardEditorPage(page);
    await board.open();
    const [moved, tagged, ticked, deleted] = await board.titlesIn('To triage');
    if (!moved || !tagged || !ticked || !deleted) throw new Error('not enough cards in triage');
    const item = 'Draft the plan';
    // An action item to tick later: made before the state the undos must come back to.
    await board.openCard(ticked);
    await editor.addActionItem(item, 'MoEWOE');
    await expect(editor.actionItem).toHaveValue(item);
    await editor.close();
    const before = await storedRows(page);
    const layout = await board.allColumnTitles();

    await board.moveTo(moved, 'In progress', /^Top/);
    await board.openCard(tagged);
    await editor.stage('Return').check();
    await editor.save();
    await expect(editor.dialog).toBeHidden();
    await board.openCard(ticked);
    await editor.actionDone(item).click();
    await expect(editor.actionDone(item)).toBeChecked();
    await editor.close();
    await board.renameColumn('Implemented', 'Done and dusted');
    await board.openCard(deleted);
    await editor.deleteCard();
    await expect(board.card(deleted)).toHaveCount(0);
    const after = await storedRows(page);
    const changedLayout = await board.allColumnTitles();

    await press(page, 'Control+z', 5);
    await expect(board.toast(/Undone: Moved “/)).toBeVisible();
    await expect.poll(() => storedRows(page)).toEqual(before);
    await expect.poll(() => board.allColumnTitles()).toEqual(layout);
    // Next on the stack: the setup's own action, made before the five.
    await expect(board.undoButton()).toHaveAccessibleName(
      `Undo: Added an action item to “${ticked}”: ${item}`,
    );

    await press(page, 'Control+Shift+z', 5);
    await expect.poll(() => storedRows(page)).toEqual(after);
    await expect.poll(() => board.allColumnTitles()).toEqual(changedLayout);
    await board.reload();
    expect(await board.allColumnTitles()).toEqual(changedLayout);
  });

  test('the toolbar Undo, reached by keyboard alone, says what it undoes', async ({ page }) => {
    const board = new BoardPage(page);
    await board.open();
    const [title] = await board.titlesIn('To triage');
    if (!title) throw new Error('no card');
    await board.moveTo(title, 'Partially implemented', /^Top/);

    const undo = board.undoButton();
    await expect(undo).toHaveAccessibleName(`Undo: Moved “${title}” to Partially implemented`);
    // From the moved card back up the page, past the board's tools, to the header.
    for (let presses = 0; presses < 60; presses += 1) {
      await page.keyboard.press('Shift+Tab');
      if (await undo.evaluate((element) => element === document.activeElement)) break;
    }
    await expect(undo).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(board.column('To triage').getByRole('article', { name: title })).toBeVisible();
    await expect(board.toast(`Undone: Moved “${title}” to Partially implemented`)).toBeVisible();
    await expect(board.redoButton()).toHaveAccessibleName(
      `Redo: Moved “${title}” to Partially implemented`,
    );
  });

  test('an undo of a card another tab has changed since is refused, and nothing is lost', async ({
    context,
  }) => {
    const [first, second] = await openTwoTabs(context);
    const [title] = await first.titlesIn('To triage');
    if (!title) throw new Error('no card');
    // Each tab is brought to the front before it is used, as a person's is: a tab sent input
    // while another is active is throttled by headless Chromium (one frame a second).
    await first.page.bringToFront();
    await first.moveTo(title, 'In progress', /^Top/);
    await expect(second.column('In progress').getByRole('article', { name: title })).toBeVisible();
    await second.page.bringToFront();
    await second.moveTo(title, 'Implemented', /^Top/);
    await expect(first.column('Implemented').getByRole('article', { name: title })).toBeVisible();

    await first.page.bringToFront();
    await press(first.page, 'Control+z');
    await expect(
      first.toast('This card was changed in another tab since; undo skipped.'),
    ).toBeVisible();
    for (const tab of [first, second]) {
      await expect(tab.column('Implemented').getByRole('article', { name: title })).toBeVisible();
    }
    await first.reload();
    await expect(first.column('Implemented').getByRole('article', { name: title })).toBeVisible();
  });
});

async function openTwoTabs(context: BrowserContext): Promise<[BoardPage, BoardPage]> {
  const first = new BoardPage(await context.newPage());
  await first.open();
  const second = new BoardPage(await context.newPage());
  await second.open();
  return [first, second];
}
