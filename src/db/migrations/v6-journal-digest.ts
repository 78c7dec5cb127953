import type { Transaction } from 'dexie';
import { historyPartOf } from '../../domain/dashboard/history-entry';
import type { JournalEntry } from '../../domain/journal';

/**
 * Version 6's upgrade: the digest of every journal entry already stored (historyPartOf), in
 * chunks so a long journal is never held whole twice. From here on the digest middleware keeps
 * it with every journal write.
 */
export async function fillJournalDigest(tx: Transaction): Promise<void> {
  const CHUNK = 2_000;
  const digest = tx.table('journalDigest');
  let last: string | undefined;
  for (;;) {
    const from =
      last === undefined
        ? tx.table('journal').orderBy('id')
        : tx.table('journal').where('id').above(last);
    const entries: JournalEntry[] = await from.limit(CHUNK).toArray();
    if (entries.length === 0) return;
    await digest.bulkPut(entries.map(historyPartOf));
    last = entries.at(-1)?.id;
  }
}
