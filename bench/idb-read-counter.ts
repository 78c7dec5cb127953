/** The rows one IndexedDB transaction read, as the counter saw them. */
export interface TransactionReads {
  /** performance.now() when the counter first saw the transaction (made, or first read in). */
  seenAt: number;
  mode: IDBTransactionMode;
  stores: string[];
  /** Rows returned: a get that found its row, each row of a getAll, each step of a cursor. */
  rows: number;
  /** performance.now() at its 'complete' event (committed), null until then or if aborted. */
  completedAt: number | null;
}

export interface ReadCounter {
  /** Every transaction seen at or after `since` (page clock), in the order first seen. */
  since(since: number): TransactionReads[];
}

declare global {
  interface Window {
    recboardReads?: ReadCounter;
  }
}

/**
 * Installs `window.recboardReads` in a page: wraps the IndexedDB read methods of
 * IDBObjectStore and IDBIndex, and counts, per transaction, the rows (and index keys) each
 * request returned. It counts below Dexie, so nothing in the app can read round it; count()
 * reads no row and is not counted. The app is not changed: the bench installs this in the page
 * just before the move it counts, after the load figures are taken. Playwright sends this
 * function's source to the browser, so it must not use anything from outside its own body.
 */
export function installReadCounter(): void {
  if (window.recboardReads) return;
  const log: TransactionReads[] = [];
  const byTransaction = new WeakMap<IDBTransaction, TransactionReads>();
  const entryOf = (transaction: IDBTransaction): TransactionReads => {
    const known = byTransaction.get(transaction);
    if (known) return known;
    const entry: TransactionReads = {
      seenAt: performance.now(),
      mode: transaction.mode,
      stores: Array.from(transaction.objectStoreNames),
      rows: 0,
      completedAt: null,
    };
    transaction.addEventListener('complete', () => {
      entry.completedAt = performance.now();
    });
    byTransaction.set(transaction, entry);
    log.push(entry);
    return entry;
  };

  const one = (result: unknown) => (result === undefined || result === null ? 0 : 1);
  const many = (result: unknown) => (Array.isArray(result) ? result.length : 0);
  const wrap = (proto: object, name: string, rowsOf: (result: unknown) => number) => {
    const original: unknown = Reflect.get(proto, name);
    if (typeof original !== 'function') return;
    Reflect.set(proto, name, function (this: unknown, ...args: unknown[]) {
      const request: unknown = Reflect.apply(original, this, args);
      if (request instanceof IDBRequest) {
        // A cursor's request succeeds once per step, with the cursor, then once with null.
        request.addEventListener('success', () => {
          if (request.transaction) entryOf(request.transaction).rows += rowsOf(request.result);
        });
      }
      return request;
    });
  };
  for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype]) {
    wrap(proto, 'get', one);
    wrap(proto, 'getKey', one);
    wrap(proto, 'getAll', many);
    wrap(proto, 'getAllKeys', many);
    wrap(proto, 'getAllRecords', many);
    wrap(proto, 'openCursor', one);
    wrap(proto, 'openKeyCursor', one);
  }
  const makeTransaction: unknown = Reflect.get(IDBDatabase.prototype, 'transaction');
  if (typeof makeTransaction === 'function') {
    Reflect.set(IDBDatabase.prototype, 'transaction', function (this: unknown, ...args: unknown[]) {
      const transaction: unknown = Reflect.apply(makeTransaction, this, args);
      // Seen when made, so a transaction that reads nothing is listed too (with 0 rows).
      if (transaction instanceof IDBTransaction) entryOf(transaction);
      return transaction;
    });
  }

  window.recboardReads = {
    since: (since) => log.filter((entry) => entry.seenAt >= since).map((entry) => ({ ...entry })),
  };
}
