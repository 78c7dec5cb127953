import { expect, type Page } from '@playwright/test';

/** App-wide controls: navigation, the offline badge, the service worker. */
export class AppPage {
  constructor(readonly page: Page) {}

  async goTo(name: 'Board' | 'Workshops' | 'Actors' | 'Archive' | 'Settings'): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name, exact: true })
      .click();
  }

  offlineBadge() {
    return this.page.getByRole('banner').getByText(/^Offline/);
  }

  /** Waits until the service worker has precached the app and controls this page. */
  async waitForOfflineReady(): Promise<void> {
    await this.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((done) =>
          navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }),
        );
      }
    });
    await expect
      .poll(() => this.page.evaluate(() => Boolean(navigator.serviceWorker.controller)))
      .toBe(true);
  }
}
