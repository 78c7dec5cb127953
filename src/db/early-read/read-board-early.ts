/** The board's stored rows as bare IndexedDB returned them: not validated yet. */
export interface EarlyBoardRead {
  /** The IndexedDB version the rows were read at (Dexie stores its version × 10). */
  idbVersion: number;
  columns: unknown[];
  recommendations: unknown[];
  workshops: unknown[];
}

/** The tables the read covers; each but `boards` is read through its `boardId` index. */
type EarlyReadTable = 'columns' | 'recommendations' | 'workshops';

/**
 * Reads the board's rows with bare IndexedDB while the app's JavaScript is still downloading.
 * index.html runs it as an inline script (see earlyBoardRead in vite.config.ts, which inlines
 * this function's source), and the app validates the rows with zod once it has loaded
 * (repositories/early-board-rows.ts), or reads them again itself if this gave nothing.
 *
 * Self-contained on purpose: it may use nothing from outside its own body. It never creates
 * the database (Dexie does that, with its schema), never keeps a connection open, and resolves
 * null rather than failing: no database yet, no such board, or any error at all.
 */
export function readBoardEarly(
  databaseName: string,
  boardId: string,
  factory: IDBFactory = indexedDB,
): Promise<EarlyBoardRead | null> {
  return new Promise((resolve) => {
    const tables: EarlyReadTable[] = ['columns', 'recommendations', 'workshops'];
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(databaseName);
    } catch {
      resolve(null);
      return;
    }
    // Fires only when the database does not exist yet: abort, so it is not created empty.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      event.preventDefault();
      resolve(null);
    };
    request.onsuccess = () => {
      const db = request.result;
      // Never stand in the way of an upgrade from another tab.
      db.onversionchange = () => db.close();
      const finish = (read: EarlyBoardRead | null) => {
        db.close();
        resolve(read);
      };
      const stores = ['boards', ...tables];
      if (!stores.every((store) => db.objectStoreNames.contains(store))) {
        finish(null);
        return;
      }
      try {
        // One read-only transaction: the tables are read as one consistent snapshot.
        const transaction = db.transaction(stores, 'readonly');
        const read: EarlyBoardRead = {
          idbVersion: db.version,
          columns: [],
          recommendations: [],
          workshops: [],
        };
        let boardExists = false;
        const board = transaction.objectStore('boards').get(boardId);
        board.onsuccess = () => {
          boardExists = board.result !== undefined;
        };
        for (const table of tables) {
          const rows = transaction.objectStore(table).index('boardId').getAll(boardId);
          rows.onsuccess = () => {
            read[table] = rows.result;
          };
        }
        transaction.oncomplete = () => finish(boardExists ? read : null);
        transaction.onabort = () => finish(null);
      } catch {
        finish(null);
      }
    };
  });
}
