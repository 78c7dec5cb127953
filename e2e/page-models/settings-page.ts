import type { Download, Locator, Page } from '@playwright/test';

/** Every locator the settings journey uses. */
export class SettingsPage {
  readonly storageHeading: Locator;
  readonly storageUsage: Locator;
  readonly storagePersistence: Locator;
  readonly lastBackup: Locator;
  readonly reminderDays: Locator;

  constructor(readonly page: Page) {
    this.storageHeading = page.getByRole('heading', { name: 'Storage on this device' });
    this.storageUsage = page.getByTestId('storage-usage');
    this.storagePersistence = page.getByTestId('storage-persistence');
    this.lastBackup = page.getByTestId('last-backup');
    this.reminderDays = page.getByLabel('Remind me after this many days');
  }

  /** Clicks "Download a backup" and returns the file the browser received. */
  async downloadBackup(): Promise<Download> {
    const downloading = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Download a backup' }).click();
    return downloading;
  }

  /** Types the number of days, as a person would (Bangla digits too), and saves. */
  async saveReminderDays(days: string): Promise<void> {
    await this.reminderDays.fill(days);
    await this.page.getByRole('button', { name: 'Save' }).click();
  }

  message(text: string): Locator {
    return this.page.getByText(text);
  }
}
