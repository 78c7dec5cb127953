import type { Page } from '@playwright/test';
import type { CardPlace } from './board-drag';

/**
 * The board as IndexedDB holds it, read with the browser's own IndexedDB API: each column's
 * cards (ids), in rank order, by column name. A virtualised column renders only the cards near
 * view, so what was saved is read here, not from the page.
 */
export async function savedColumns(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('recboard');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    type Row = { id: string; deletedAt: string | null };
    const columns = await all<Row & { name: string }>('columns');
    const cards = await all<Row & { columnId: string; rank: string; archivedAt: string | null }>(
      'recommendations',
    );
    db.close();
    // By rank, then id, by code unit (domain/ordering.ts sortByRank).
    const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const live = cards
      .filter((card) => card.deletedAt === null && card.archivedAt === null)
      .sort((a, b) => byCode(a.rank, b.rank) || byCode(a.id, b.id));
    const result: Record<string, string[]> = {};
    for (const column of columns.filter((row) => row.deletedAt === null)) {
      result[column.name] = live.filter((card) => card.columnId === column.id).map((c) => c.id);
    }
    return result;
  });
}

/** Where a card was saved: its column and its neighbours there (null at an end). */
export async function savedPlaceOf(page: Page, cardId: string): Promise<CardPlace | null> {
  for (const [column, ids] of Object.entries(await savedColumns(page))) {
    const index = ids.indexOf(cardId);
    if (index >= 0) return { column, above: ids[index - 1] ?? null, below: ids[index + 1] ?? null };
  }
  return null;
}

/**
 * What the page shows against that: each column's rendered cards (ids) in order, by column
 * name, and whether it is virtual (renders only the cards near view, a window of the saved
 * order).
 */
export async function renderedColumns(
  page: Page,
): Promise<Record<string, { ids: string[]; virtual: boolean }>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('section[data-column-kind]')].map((section) => [
        section.querySelector('h2')?.textContent ?? '',
        {
          ids: [...section.querySelectorAll<HTMLElement>('li[data-card-item]')].map(
            (li) => li.dataset.cardItem ?? '',
          ),
          virtual: section.querySelector('[data-virtual]') !== null,
        },
      ]),
    ),
  );
}
