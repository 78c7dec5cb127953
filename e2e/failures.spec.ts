import { expect, test } from '@playwright/test';
import { BoardPage } from './page-models/board-page';

test.describe('failures are explained, not fatal', () => {
  test('a write that fails (disk full) leaves the card where it was and says why', async ({
    page,
  }) => {
    // Simulate a full disk: every IndexedDB write throws QuotaExceededError once switched on.
    await page.addInitScript(() => {
      const fail = (original: (...args: never[]) => IDBRequest) =>
        function (this: IDBObjectStore, ...args: never[]) {
          if ((window as unknown as { failWrites?: boolean }).failWrites) {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          }
          return original.apply(this, args);
        };
      IDBObjectStore.prototype.put = fail(IDBObjectStore.prototype.put);
      IDBObjectStore.prototype.add = fail(IDBObjectStore.prototype.add);
    });
    const board = new BoardPage(page);
    await board.open();
    const [title] = await board.titlesIn('To triage');
    if (!title) throw new Error('no card');

    await page.evaluate(() => {
      (window as unknown as { failWrites: boolean }).failWrites = true;
    });
    await board.moveTo(title, 'Implemented', /^Top/);
    await expect(page.getByText(/out of storage space, so the change was not saved/)).toBeVisible();
    await expect(board.column('To triage').getByRole('article', { name: title })).toBeVisible();
    await expect(board.column('Implemented').getByRole('article', { name: title })).toHaveCount(0);

    await page.evaluate(() => {
      (window as unknown as { failWrites: boolean }).failWrites = false;
    });
    await board.reload();
    await expect(board.column('To triage').getByRole('article', { name: title })).toBeVisible();
  });

  test('when storage cannot be opened, the app says so plainly and what to do', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined });
    });
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Recboard cannot open its storage in this browser');
    await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible();
  });

  test('another tab opening a newer database version asks this tab to reload', async ({
    page,
    context,
  }) => {
    const board = new BoardPage(page);
    await board.open();
    const other = await context.newPage();
    // Any same-origin page without the app will do: the icon.
    await other.goto('/favicon.svg');
    // A newer Recboard in another tab: open the same database at a higher IndexedDB version.
    await other.evaluate(
      () =>
        new Promise<void>((done, fail) => {
          const request = indexedDB.open('recboard', 1000);
          request.onsuccess = () => {
            request.result.close();
            done();
          };
          request.onerror = () => fail(request.error);
        }),
    );
    await expect(
      page.getByRole('dialog', { name: 'Recboard was updated in another tab' }),
    ).toBeVisible();
  });
});
