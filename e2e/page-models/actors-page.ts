import { expect, type Locator, type Page } from '@playwright/test';

export interface ActorInput {
  name: string;
  abbr: string;
  /** The group's label, as the select shows it. */
  group: string;
}

/** Every locator the actor journeys use, by role and accessible name. */
export class ActorsPage {
  readonly heading: Locator;
  readonly yourActors: Locator;
  readonly builtInActors: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 2, name: 'Actors' });
    this.yourActors = page.getByRole('table', { name: 'Your actors' });
    this.builtInActors = page.getByRole('table', { name: 'Built-in actors' });
  }

  async open(): Promise<void> {
    await this.page.goto('/#/actors');
    await expect(this.heading).toBeVisible();
  }

  /** A row of the user's actors, by abbreviation. */
  userActor(abbr: string): Locator {
    return this.yourActors.getByRole('row').filter({
      has: this.page.getByRole('rowheader', { name: abbr, exact: true }),
    });
  }

  async add(input: ActorInput): Promise<void> {
    await this.page.getByRole('button', { name: 'Add actor' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Add actor' });
    await dialog.getByLabel('Name').fill(input.name);
    await dialog.getByLabel('Abbreviation').fill(input.abbr);
    await dialog.getByLabel('Group').selectOption({ label: input.group });
    await dialog.getByRole('button', { name: 'Add actor' }).click();
    await expect(dialog).toBeHidden();
  }

  /** Removes a user actor through its confirmation; returns the toast that says so. */
  async remove(abbr: string): Promise<Locator> {
    await this.userActor(abbr).getByRole('button', { name: 'Remove' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Remove actor' });
    await expect(dialog).toContainText(`Remove ${abbr}`);
    await dialog.getByRole('button', { name: 'Remove actor' }).click();
    await expect(dialog).toBeHidden();
    const toast = this.page.getByRole('status').filter({ hasText: `Actor ${abbr} removed.` });
    await expect(toast).toBeVisible();
    return toast;
  }
}
