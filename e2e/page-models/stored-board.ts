import type { Page } from '@playwright/test';

/** The tables a board's data lives in (device-only state and the journal left out). */
const SYNCED_TABLES = [
  'boards',
  'columns',
  'workshops',
  'recommendations',
  'actionItems',
  'progressNotes',
  'actors',
];

/**
 * Every synced row as IndexedDB holds it, each table sorted by id: what an undo must restore
 * exactly. Read in the page, straight from IndexedDB, not through the app.
 */
export async function storedRows(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async (tables) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('recboard');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const transaction = db.transaction(tables, 'readonly');
    const rows: Record<string, unknown[]> = {};
    await Promise.all(
      tables.map(
        (table) =>
          new Promise<void>((resolve, reject) => {
            const request = transaction.objectStore(table).getAll();
            request.onsuccess = () => {
              rows[table] = request.result;
              resolve();
            };
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    db.close();
    return rows;
  }, SYNCED_TABLES);
}
