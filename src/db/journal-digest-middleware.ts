import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { historyPartOf } from '../domain/dashboard/history-entry';
import type { JournalEntry } from '../domain/journal';
import { newId } from '../lib/ids';
import { REWRITE_MARK_KEY, type RewriteMarkRow } from './journal-digest-copies';
import { JOURNAL_TABLE } from './journal-middleware';

/** Changing this name only costs a rebuild: the digest is derived from the journal. */
export const JOURNAL_DIGEST_TABLE = 'journalDigest';

/**
 * The journal as the dashboard reads it, kept beside the journal (schema v6): each entry cut to
 * its card places and notes (historyPartOf). A journal entry holds every row it changed whole,
 * so at 10,000 cards reading the journal to draw the dashboard's history read about 20 MB and
 * took over a second; the digest holds a few fields a change.
 *
 * This DBCore middleware mirrors every write to the journal (add, put, delete, clear) into the
 * digest, in the same transaction: whoever writes the journal (the journaled writer, the journal
 * middleware's own entries, a snapshot restore, the bench) cannot leave the two apart. It sits
 * below the journal middleware, so it sees the entries that one writes. Upgrades are left alone:
 * version 6's upgrade builds the digest from the whole journal once.
 */
export const journalDigestMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'RecboardJournalDigest',
  level: -0.75,
  create: (down) => {
    // A database opened at a version before the digest (tests of old versions) has none.
    const hasDigest = down.schema.tables.some((table) => table.name === JOURNAL_DIGEST_TABLE);
    return hasDigest ? digestedCore(down) : {};
  },
};

function digestedCore(down: DBCore): Partial<DBCore> {
  /** Read-write transactions over the journal opened here (never an upgrade's). */
  const writingJournal = new WeakSet<object>();
  return {
    transaction(stores, mode, options) {
      const journal = mode === 'readwrite' && stores.includes(JOURNAL_TABLE);
      const scope =
        journal && !stores.includes(JOURNAL_DIGEST_TABLE)
          ? [...stores, JOURNAL_DIGEST_TABLE]
          : stores;
      const trans = down.transaction(scope, mode, options);
      if (journal) writingJournal.add(trans);
      return trans;
    },
    table(name) {
      const table = down.table(name);
      if (name !== JOURNAL_TABLE) return table;
      const digest = down.table(JOURNAL_DIGEST_TABLE);
      return {
        ...table,
        mutate: async (request) => {
          const response = await table.mutate(request);
          if (writingJournal.has(request.trans)) await mirror(digest, request, response.failures);
          return response;
        },
      };
    },
  };
}

/** The same write on the digest, for the rows the journal took. */
async function mirror(
  digest: DBCoreTable,
  request: DBCoreMutateRequest,
  failures: Record<number, unknown>,
): Promise<void> {
  await mirrorWrite(digest, request, failures);
  if (request.type !== 'add') {
    // The journal rewritten, not added to: the copies of the digest made before are stale
    // (db/journal-digest-copies.ts). After the write, which may have cleared the mark's row.
    const mark: RewriteMarkRow = { id: REWRITE_MARK_KEY, mark: newId() };
    await digest.mutate({ type: 'put', trans: request.trans, values: [mark] });
  }
}

async function mirrorWrite(
  digest: DBCoreTable,
  request: DBCoreMutateRequest,
  failures: Record<number, unknown>,
): Promise<void> {
  const { trans } = request;
  if (request.type === 'deleteRange') {
    await digest.mutate({ type: 'deleteRange', trans, range: request.range });
  } else if (request.type === 'delete') {
    await digest.mutate({ type: 'delete', trans, keys: request.keys });
  } else {
    const values = request.values.filter((_, index) => failures[index] === undefined);
    if (values.length === 0) return;
    await digest.mutate({
      type: 'put',
      trans,
      values: values.map((entry) => historyPartOf(entry as JournalEntry)),
    });
  }
}
