import { expect, type Locator, type Page } from '@playwright/test';

export interface WorkshopInput {
  title: string;
  /** YYYY-MM-DD, as <input type="date"> takes it. */
  date: string;
  kind?: string;
  place?: string;
  /** Organisers by actor group and checkbox name (abbreviation first). */
  organisers?: { group: string; actor: string | RegExp }[];
}

export type RecommendationChoice =
  | { move: string }
  | 'Keep them, with no workshop'
  | 'Delete them too';

/** Every locator the workshop journeys use, by role and accessible name. */
export class WorkshopsPage {
  readonly heading: Locator;
  readonly navLink: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 2, name: 'Workshops' });
    this.navLink = page.getByRole('navigation').getByRole('link', { name: 'Workshops' });
  }

  async open(): Promise<void> {
    await this.page.goto('/#/workshops');
    await expect(this.heading).toBeVisible();
  }

  async openFromNav(): Promise<void> {
    await this.navLink.click();
    await expect(this.heading).toBeVisible();
  }

  workshop(title: string): Locator {
    return this.page.getByRole('article', { name: title, exact: true });
  }

  dialog(name: string): Locator {
    return this.page.getByRole('dialog', { name });
  }

  /** Opens the form for a new workshop and returns its dialog. */
  async startNew(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'New workshop' }).click();
    const dialog = this.dialog('New workshop');
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async startEdit(title: string): Promise<Locator> {
    await this.workshop(title).getByRole('button', { name: /^Edit/ }).click();
    const dialog = this.dialog('Edit workshop');
    await expect(dialog).toBeVisible();
    return dialog;
  }

  organiser(dialog: Locator, group: string, actor: string | RegExp): Locator {
    return dialog.getByRole('group', { name: group }).getByRole('checkbox', { name: actor });
  }

  async fill(dialog: Locator, input: Partial<WorkshopInput>): Promise<void> {
    if (input.title !== undefined) await dialog.getByLabel('Title').fill(input.title);
    if (input.date !== undefined) await dialog.getByLabel('Date').fill(input.date);
    if (input.kind !== undefined) {
      await dialog.getByLabel('Kind of meeting').selectOption({ label: input.kind });
    }
    if (input.place !== undefined) await dialog.getByLabel('Place').fill(input.place);
    for (const { group, actor } of input.organisers ?? []) {
      await this.organiser(dialog, group, actor).check();
    }
  }

  async create(input: WorkshopInput): Promise<void> {
    const dialog = await this.startNew();
    await this.fill(dialog, input);
    await dialog.getByRole('button', { name: 'Add workshop' }).click();
    await expect(dialog).toBeHidden();
  }

  async edit(title: string, changes: Partial<WorkshopInput>): Promise<void> {
    const dialog = await this.startEdit(title);
    await this.fill(dialog, changes);
    await dialog.getByRole('button', { name: 'Save workshop' }).click();
    await expect(dialog).toBeHidden();
  }

  /** Opens the delete dialog of a workshop and waits for its recommendation count. */
  async startDelete(title: string): Promise<Locator> {
    await this.workshop(title)
      .getByRole('button', { name: /^Delete/ })
      .click();
    const dialog = this.dialog('Delete workshop');
    await expect(dialog.getByText(/has (\d+ recommendations?|no recommendations)/)).toBeVisible();
    return dialog;
  }

  /** The number of recommendations the delete dialog reports, read without deleting. */
  async recommendationCount(title: string): Promise<number> {
    const dialog = await this.startDelete(title);
    const text = await dialog
      .getByText(/has (\d+ recommendations?|no recommendations)/)
      .textContent();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    return Number(/has (\d+)/.exec(text ?? '')?.[1] ?? 0);
  }

  async chooseForRecommendations(dialog: Locator, choice: RecommendationChoice): Promise<void> {
    if (typeof choice === 'string') {
      await dialog.getByRole('radio', { name: choice }).check();
      return;
    }
    await dialog.getByRole('radio', { name: 'Move them to another workshop' }).check();
    const target = dialog.getByLabel('Workshop to move them to');
    const option = target.getByRole('option', { name: choice.move });
    await target.selectOption((await option.getAttribute('value')) ?? '');
  }

  async confirmDelete(dialog: Locator): Promise<void> {
    await dialog.getByRole('button', { name: 'Delete workshop' }).click();
    await expect(dialog).toBeHidden();
  }

  toast(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }
}
