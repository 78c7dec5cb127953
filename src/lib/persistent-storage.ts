/**
 * Asks the browser to keep this origin's data under storage pressure. Without it, a browser
 * low on disk may evict IndexedDB, and with it every recommendation on the board.
 * Resolves to whether storage is (now) persistent; false where the API is missing.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
  try {
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return false;
  }
}
