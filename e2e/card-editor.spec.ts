import { expect, test } from '@playwright/test';
import { BoardPage } from './page-models/board-page';

test.describe('card editor', () => {
  test('an invalid value is explained next to its field; once fixed, the edit is saved', async ({
    page,
  }) => {
    const board = new BoardPage(page);
    await board.open();
    const [title] = await board.titlesIn('To triage');
    if (!title) throw new Error('no card');
    const editor = await board.openCard(title);

    await editor.getByLabel('Recommendation as stated').fill('   ');
    await editor.getByLabel('Due date').first().fill('2024-02-31');
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect(editor.getByRole('alert')).toHaveText('Please correct the 2 fields marked below.');
    await expect(editor.getByLabel('Recommendation as stated')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(editor.getByText('This cannot be empty.')).toBeVisible();
    await expect(
      editor.getByText("'2024-02-31' is not a date. Use the format YYYY-MM-DD."),
    ).toBeVisible();

    await editor
      .getByLabel('Recommendation as stated')
      .fill('A national reintegration plan should be in place');
    await editor.getByLabel('Short title').fill('Reintegration plan by 2027');
    await editor.getByLabel('Due date').first().fill('2027-03-31');
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect(editor).toBeHidden();
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
    await board.open();
    const [title] = await board.titlesIn('Accepted – not started');
    if (!title) throw new Error('no card');
    let editor = await board.openCard(title);

    await editor.getByLabel('New action item').fill('Draft the reintegration plan');
    await editor.getByLabel('Owner').selectOption({ label: 'MoEWOE' });
    await editor.getByRole('button', { name: 'Add action item' }).click();
    await expect(editor.getByRole('textbox', { name: 'Action item', exact: true })).toHaveValue(
      'Draft the reintegration plan',
    );
    await editor
      .getByLabel('Owner of: Draft the reintegration plan')
      .selectOption({ label: 'IOM' });
    const due = editor.getByLabel('Due date of: Draft the reintegration plan');
    await due.fill('2027-02-30');
    await due.blur();
    await expect(
      editor.getByText("'2027-02-30' is not a date. Use the format YYYY-MM-DD."),
    ).toBeVisible();
    await due.fill('2027-02-28');
    await due.blur();
    await expect(editor.getByText("'2027-02-30' is not a date.", { exact: false })).toHaveCount(0);
    const done = editor.getByRole('checkbox', { name: 'Done: Draft the reintegration plan' });
    await done.click();
    await expect(done).toBeChecked();

    await editor.getByLabel('What happened').fill('Concept note shared with the ministry');
    await editor
      .getByRole('textbox', { name: 'Evidence', exact: true })
      .fill('Minutes of the LMTWG meeting, item 4');
    await editor.getByRole('button', { name: 'Add progress note' }).click();
    await expect(
      editor.getByRole('listitem').filter({ hasText: 'Concept note shared with the ministry' }),
    ).toBeVisible();
    await editor.getByRole('button', { name: 'Close' }).click();
    await expect(board.card(title)).toContainText('1 of 1 action items done');

    await board.reload();
    await expect(board.card(title)).toContainText('1/1');
    editor = await board.openCard(title);
    await expect(editor.getByRole('textbox', { name: 'Action item', exact: true })).toHaveValue(
      'Draft the reintegration plan',
    );
    await expect(
      editor.getByRole('listitem').filter({ hasText: 'Concept note shared with the ministry' }),
    ).toBeVisible();
    await expect(editor.getByLabel('Owner of: Draft the reintegration plan')).toHaveValue('iom');
    await expect(editor.getByLabel('Due date of: Draft the reintegration plan')).toHaveValue(
      '2027-02-28',
    );
    const history = editor.getByRole('region', { name: 'History' });
    await expect(history).toContainText('Progress note added');
    await expect(history).toContainText('Action item added');
    await expect(history).toContainText('Action item done');
  });

  test('delete asks once, and Undo brings the card back', async ({ page }) => {
    const board = new BoardPage(page);
    await board.open();
    const [title] = await board.titlesIn('To triage');
    if (!title) throw new Error('no card');
    const editor = await board.openCard(title);

    await editor.getByRole('button', { name: 'Delete' }).click();
    await editor.getByRole('button', { name: 'Yes, delete' }).click();
    await expect(editor).toBeHidden();
    await expect(board.card(title)).toHaveCount(0);

    await board.toast('Recommendation deleted.').getByRole('button', { name: 'Undo' }).click();
    await expect(board.column('To triage').getByRole('article', { name: title })).toBeVisible();
    await board.reload();
    await expect(board.column('To triage').getByRole('article', { name: title })).toBeVisible();
  });

  test('quick add puts a new card at the bottom of its column', async ({ page }) => {
    const board = new BoardPage(page);
    await board.open();
    await board
      .column('In progress')
      .getByRole('button', { name: /Add a recommendation/ })
      .click();
    await page
      .getByLabel('New recommendation in In progress')
      .fill('Bring banks on board for reintegration loans');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await board.titlesIn('In progress')).at(-1))
      .toBe('Bring banks on board for reintegration loans');
    await board.reload();
    expect((await board.titlesIn('In progress')).at(-1)).toBe(
      'Bring banks on board for reintegration loans',
    );
  });
});
