import { expect, type Locator, type Page } from '@playwright/test';

/** Every locator of the card editor dialog (BoardPage.openCard opens it). */
export class CardEditorPage {
  readonly dialog: Locator;
  readonly statedText: Locator;
  readonly shortTitle: Locator;
  readonly dueDate: Locator;
  readonly alert: Locator;
  readonly newActionItem: Locator;
  readonly newActionOwner: Locator;
  /** The first action item's text field. */
  readonly actionItem: Locator;
  readonly noteText: Locator;
  readonly noteEvidence: Locator;
  readonly history: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Recommendation' });
    this.statedText = this.dialog.getByLabel('Recommendation as stated');
    this.shortTitle = this.dialog.getByLabel('Short title');
    this.dueDate = this.dialog.getByLabel('Due date').first();
    this.alert = this.dialog.getByRole('alert');
    this.newActionItem = this.dialog.getByLabel('New action item');
    this.newActionOwner = this.dialog.getByLabel('Owner');
    this.actionItem = this.dialog.getByRole('textbox', { name: 'Action item', exact: true });
    this.noteText = this.dialog.getByLabel('What happened');
    this.noteEvidence = this.dialog.getByRole('textbox', { name: 'Evidence', exact: true });
    this.history = this.dialog.getByRole('region', { name: 'History' });
  }

  /** Text shown in the editor, such as a field's error message. */
  message(text: string, options: { exact?: boolean } = {}): Locator {
    return this.dialog.getByText(text, options);
  }

  actionOwner(item: string): Locator {
    return this.dialog.getByLabel(`Owner of: ${item}`);
  }

  actionDueDate(item: string): Locator {
    return this.dialog.getByLabel(`Due date of: ${item}`);
  }

  /** The "Choose a date" button beside a date field. */
  chooseDate(field: Locator): Locator {
    return field.locator('xpath=following-sibling::button');
  }

  /**
   * The visually hidden native date input a date field's button opens with showPicker(). The
   * browser's calendar popup cannot be scripted, so tests fill this input, as picking does.
   */
  datePicker(field: Locator): Locator {
    return field.locator('xpath=following-sibling::input[@type="date"]');
  }

  actionDone(item: string): Locator {
    return this.dialog.getByRole('checkbox', { name: `Done: ${item}` });
  }

  /** A progress note in the notes section (the history quotes it too). */
  progressNote(text: string): Locator {
    return this.dialog
      .getByRole('region', { name: 'Progress notes' })
      .getByRole('listitem')
      .filter({ hasText: text });
  }

  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Save' }).click();
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
  }

  /** Closes with Escape and waits for the dialog to be gone. */
  async closeWithEscape(options: { timeout?: number } = {}): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.dialog).toBeHidden(options);
  }

  async addActionItem(text: string, owner: string): Promise<void> {
    await this.newActionItem.fill(text);
    await this.newActionOwner.selectOption({ label: owner });
    await this.dialog.getByRole('button', { name: 'Add action item' }).click();
  }

  async addProgressNote(text: string, evidence: string): Promise<void> {
    await this.noteText.fill(text);
    await this.noteEvidence.fill(evidence);
    await this.dialog.getByRole('button', { name: 'Add progress note' }).click();
  }

  /** Deletes the card, answering the one confirmation. */
  async deleteCard(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Delete' }).click();
    await this.dialog.getByRole('button', { name: 'Yes, delete' }).click();
  }

  /** A migration-cycle stage's checkbox. */
  stage(name: string): Locator {
    return this.dialog
      .getByRole('group', { name: 'Migration-cycle stages' })
      .getByRole('checkbox', { name, exact: true });
  }
}
