import { expect, type Locator, type Page } from '@playwright/test';

/** Every locator of the "Import a report" journey, by role and accessible name. */
export class ReportImportPage {
  readonly heading: Locator;
  readonly fileInput: Locator;
  readonly pasteBox: Locator;
  readonly findButton: Locator;
  readonly status: Locator;
  readonly progress: Locator;
  readonly document: Locator;
  readonly passage: Locator;
  readonly newWorkshop: Locator;
  readonly existingWorkshop: Locator;
  readonly workshopTitle: Locator;
  readonly workshopDate: Locator;
  readonly workshopPlace: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Import a workshop report' });
    this.fileInput = page.getByLabel('Open a report file');
    this.pasteBox = page.getByRole('textbox', { name: 'Report text' });
    this.findButton = page.getByRole('button', { name: 'Find recommendations' });
    this.status = page
      .getByRole('main')
      .getByRole('status')
      .filter({ hasText: /^(Reading|Finding|Found|No text)|cannot|could not/ });
    this.progress = page.getByRole('progressbar', { name: 'Pages read' });
    this.document = page.getByRole('region', { name: /^The report/ });
    this.passage = this.document.locator('mark');
    const workshop = page.getByRole('group', { name: 'Workshop' });
    this.newWorkshop = workshop.getByRole('radio', { name: 'A new workshop' });
    this.existingWorkshop = workshop.getByRole('radio', { name: 'A workshop on the board' });
    this.workshopTitle = workshop.getByRole('textbox', { name: 'Title' });
    this.workshopDate = workshop.getByLabel('Date');
    this.workshopPlace = workshop.getByRole('textbox', { name: 'Place' });
  }

  async open(): Promise<void> {
    await this.page.goto('/');
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Import a report' })
      .click();
    await expect(this.heading).toBeVisible();
  }

  async openFile(path: string): Promise<void> {
    await this.fileInput.setInputFiles(path);
  }

  candidates(): Locator {
    return this.page.getByRole('article', { name: /^Recommendation \d+$/ });
  }

  candidate(n: number): Locator {
    return this.page.getByRole('article', { name: `Recommendation ${n}`, exact: true });
  }

  include(n: number): Locator {
    return this.candidate(n).getByRole('checkbox', { name: `Add recommendation ${n}` });
  }

  text(n: number): Locator {
    return this.candidate(n).getByRole('textbox', { name: 'Recommendation as stated' });
  }

  raisedBy(n: number): Locator {
    return this.candidate(n).getByRole('textbox', { name: 'Raised by' });
  }

  confidence(n: number): Locator {
    return this.candidate(n).getByText(/^Confidence: (high|medium|low) \(/);
  }

  duplicateNote(n: number): Locator {
    return this.candidate(n).getByText(/^Possibly on the board already/);
  }

  async openTags(n: number): Promise<Locator> {
    // A native <details>: its <summary> has no role of its own to find it by.
    await this.candidate(n).locator('summary', { hasText: /^Tags/ }).click();
    return this.candidate(n);
  }

  stage(n: number, name: string): Locator {
    return this.candidate(n)
      .getByRole('group', { name: 'Migration-cycle stages' })
      .getByRole('checkbox', { name });
  }

  split(n: number): Locator {
    return this.candidate(n).getByRole('button', { name: 'Split at the cursor' });
  }

  merge(n: number): Locator {
    return this.candidate(n).getByRole('button', { name: 'Merge with the next' });
  }

  addButton(): Locator {
    return this.page.getByRole('button', { name: /^Add \d+ recommendations?$/ });
  }

  /** The number of the candidate whose text starts so (1 is the first). */
  async numberOf(start: string): Promise<number> {
    const count = await this.candidates().count();
    for (let n = 1; n <= count; n += 1) {
      if ((await this.text(n).inputValue()).startsWith(start)) return n;
    }
    throw new Error(`no candidate starts with ${start}`);
  }

  /** The toast that reports the import. */
  added(count: number): Locator {
    return this.page
      .getByRole('region', { name: 'Notifications' })
      .getByText(`Added ${count} recommendations to “To triage”.`);
  }

  /** The texts of the chosen candidates, in order. */
  async chosenTexts(): Promise<string[]> {
    const texts: string[] = [];
    const count = await this.candidates().count();
    for (let n = 1; n <= count; n += 1) {
      if (await this.include(n).isChecked()) texts.push(await this.text(n).inputValue());
    }
    return texts;
  }
}
