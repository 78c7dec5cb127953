import { expect, test } from '@playwright/test';
import { BoardPage } from './page-models/board-page';
import { CardEditorPage } from './page-models/card-editor-page';

test.describe('card editor', () => {
  test('an invalid value is explained next to its field; once fixed, the edit is saved', async ({
    page,
  }) => {
    const board = new BoardPage(page);
    const editor = new CardEditorPage(page);
    await board.open();
    const [title] = await board.titlesIn('To triage');
    if (!title) throw new Error('no card');
    await board.openCard(title);

    await editor.statedText.fill('   ');
    await editor.dueDate.fill('2024-02-31');
    await editor.save();
    await expect(editor.alert).toHaveText('Please correct the 2 fields marked below.');
    await expect(editor.statedText).toHaveAttribute('aria-invalid', 'true');
    await expect(editor.message('This cannot be empty.')).toBeVisible();
    await expect(
      editor.message("'2024-02-31' is not a date. Use the format YYYY-MM-DD."),
    ).toBeVisible();

    await editor.statedText.fill('A national reintegration plan should be in place');
    await editor.shortTitle.fill('Reintegration plan by 2027');
    await editor.dueDate.fill('2027-03-31');
    await editor.save();
    await expect(editor.dialog).toBeHidden();
    await expect(board.toast('Changes saved.')).toBeVisible();

    await board.reload();
    const card = board.card('Reintegration plan by 2027');
    await expect(card).toBeVisible();
    await expect(card).toContainText('Due 31 Mar 2027');
  });

  test('action items and progress notes show on the card and in its history after reload', async ({
    page,
  }) => {
    const board = new BoardPage(page);
    const editor = new CardEditorPage(page);
    const item = 'Draft the reintegration plan';
    const note = 'Concept note shared with the ministry';
    await board.open();
    const [title] = await board.titlesIn('Accepted – not started');
    if (!title) throw new Error('no card');
    await board.openCard(title);

    await editor.addActionItem(item, 'MoEWOE');
    await expect(editor.actionItem).toHaveValue(item);
    await editor.actionOwner(item).selectOption({ label: 'IOM' });
    const due = editor.actionDueDate(item);
    await due.fill('2027-02-30');
    await due.blur();
    await expect(
      editor.message("'2027-02-30' is not a date. Use the format YYYY-MM-DD."),
    ).toBeVisible();
    await due.fill('2027-02-28');
    await due.blur();
    await expect(editor.message("'2027-02-30' is not a date.", { exact: false })).toHaveCount(0);
    await editor.actionDone(item).click();
    await expect(editor.actionDone(item)).toBeChecked();

    await editor.addProgressNote(note, 'Minutes of the LMTWG meeting, item 4');
    await expect(editor.progressNote(note)).toBeVisible();
    await editor.close();
    await expect(board.card(title)).toContainText('1 of 1 action items done');

    await board.reload();
    await expect(board.card(title)).toContainText('1/1');
    await board.openCard(title);
    await expect(editor.actionItem).toHaveValue(item);
    await expect(editor.progressNote(note)).toBeVisible();
    await expect(editor.actionOwner(item)).toHaveValue('iom');
    await expect(editor.actionDueDate(item)).toHaveValue('2027-02-28');
    await expect(editor.history).toContainText('Progress note added');
    await expect(editor.history).toContainText('Action item added');
    await expect(editor.history).toContainText('Action item done');
  });

  test("a due date picked in the calendar is saved, and shown in the reader's locale", async ({
    page,
  }) => {
    const board = new BoardPage(page);
    const editor = new CardEditorPage(page);
    const item = 'Cost the reintegration plan';
    await board.open();
    const [title] = await board.titlesIn('To triage');
    if (!title) throw new Error('no card');
    await board.openCard(title);

    // The calendar is one Tab stop after the text field; the hidden date input is none.
    await editor.dueDate.focus();
    await page.keyboard.press('Tab');
    await expect(editor.chooseDate(editor.dueDate)).toBeFocused();
    await expect(editor.chooseDate(editor.dueDate)).toHaveAccessibleName('Choose a date');
    await page.keyboard.press('Tab');
    await expect(editor.datePicker(editor.dueDate)).not.toBeFocused();

    // Chromium's calendar popup is not scriptable: fill the date input it writes to instead.
    await editor.datePicker(editor.dueDate).fill('2027-03-31');
    await expect(editor.dueDate).toHaveValue('2027-03-31');
    await expect(editor.message('31 Mar 2027', { exact: true })).toBeVisible();

    await editor.addActionItem(item, 'MoEWOE');
    await editor.datePicker(editor.actionDueDate(item)).fill('2027-02-28');
    await expect(editor.actionDueDate(item)).toHaveValue('2027-02-28');
    await expect(editor.message('28 Feb 2027', { exact: true })).toBeVisible();

    await editor.save();
    await expect(editor.dialog).toBeHidden();
    await expect(board.card(title)).toContainText('Due 31 Mar 2027');
    await board.reload();
    await expect(board.card(title)).toContainText('Due 31 Mar 2027');
    await board.openCard(title);
    await expect(editor.dueDate).toHaveValue('2027-03-31');
    await expect(editor.actionDueDate(item)).toHaveValue('2027-02-28');
  });

  test('delete asks once, and Undo brings the card back', async ({ page }) => {
    const board = new BoardPage(page);
    const editor = new CardEditorPage(page);
    await board.open();
    const [title] = await board.titlesIn('To triage');
    if (!title) throw new Error('no card');
    await board.openCard(title);

    await editor.deleteCard();
    await expect(editor.dialog).toBeHidden();
    await expect(board.card(title)).toHaveCount(0);

    await board.toastAction('Recommendation deleted.', 'Undo').click();
    await expect(board.cardIn('To triage', title)).toBeVisible();
    await board.reload();
    await expect(board.cardIn('To triage', title)).toBeVisible();
  });

  test('quick add puts a new card at the bottom of its column', async ({ page }) => {
    const board = new BoardPage(page);
    await board.open();
    await board.quickAdd('In progress', 'Bring banks on board for reintegration loans');
    await expect
      .poll(async () => (await board.titlesIn('In progress')).at(-1))
      .toBe('Bring banks on board for reintegration loans');
    await board.reload();
    expect((await board.titlesIn('In progress')).at(-1)).toBe(
      'Bring banks on board for reintegration loans',
    );
  });
});
